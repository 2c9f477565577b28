package io.lambdasim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.BillLine;
import io.lambdasim.model.calculator.CalculatorInput;
import io.lambdasim.model.calculator.CostCalculator;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceCatalog;
import io.lambdasim.pricedata.PriceEditionLoader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bill's view model, without a screen: JavaFX properties and lists need no toolkit. */
class BillViewModelTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 26);

    private static PriceCatalog catalog;
    private static CostCalculator calculator;

    @BeforeAll
    static void loadPrices() {
        catalog = PriceEditionLoader.loadBundled();
        calculator = new CostCalculator(catalog);
    }

    /** AWS's mobile-backend example: 3M requests of 120 ms on 1,536 MB x86_64, free tier: $0.40 + $2.33 = $2.73. */
    private static CalculatorInput mobileBackend() {
        return CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 1536, 3_000_000, new BigDecimal("120"), DATE);
    }

    @Test
    void totalIsFormattedAsDollarsAndCents() {
        BillViewModel vm = new BillViewModel(calculator, mobileBackend());

        assertThat(vm.isFailed()).isFalse();
        assertThat(vm.getErrorMessage()).isEmpty();
        assertThat(vm.getTotal()).isEqualByComparingTo("2.73");
        assertThat(vm.getTotalText()).isEqualTo("$2.73");
    }

    @Test
    void rowsShowEachLineWithGroupedQuantitiesAndExactUnitPrices() {
        BillViewModel vm = new BillViewModel(calculator, mobileBackend());

        assertThat(vm.lines()).extracting(BillLineRow::item).containsExactly("Requests", "Duration (x86_64, tier 1)");
        BillLineRow requests = vm.lines().get(0);
        assertThat(requests.quantity()).isEqualTo("2,000,000");
        assertThat(requests.unit()).isEqualTo("requests");
        assertThat(requests.unitPrice()).isEqualTo("0.0000002");
        assertThat(requests.amount()).isEqualTo("0.40");
        BillLineRow duration = vm.lines().get(1);
        // 3M × 0.12 s × 1.5 GB = 540,000 GB-s, less 400,000 free.
        assertThat(duration.quantity()).isEqualTo("140,000");
        assertThat(duration.unit()).isEqualTo("GB-s");
        assertThat(duration.amount()).isEqualTo("2.33");
        assertThat(duration.amountUsd()).isEqualByComparingTo("2.33");
    }

    @Test
    void hasOneRowPerBillLineWithItsRule() {
        CalculatorInput in = mobileBackend().withFreeTier(false).withEphemeralMb(2048)
                .withProvisioned(7, BigDecimal.valueOf(24), 2_000_000, Optional.empty());
        Bill bill = calculator.estimate(in).bill();
        BillViewModel vm = new BillViewModel(calculator, in);

        assertThat(bill.lines()).hasSizeGreaterThan(3);
        assertThat(vm.lines()).hasSameSizeAs(bill.lines());
        for (int i = 0; i < bill.lines().size(); i++) {
            BillLine line = bill.lines().get(i);
            BillLineRow row = vm.lines().get(i);
            assertThat(row.item()).isEqualTo(line.item());
            assertThat(row.rule()).isEqualTo(line.rule()).isNotBlank();
            assertThat(row.amountUsd()).isEqualByComparingTo(line.usd());
        }
        assertThat(vm.getTotal()).isEqualByComparingTo(bill.totalUsd());
    }

    @Test
    void largeTotalsHaveThousandsSeparators() {
        CalculatorInput in = CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 10_240, 10_000_000_000L,
                new BigDecimal("900"), DATE);
        BigDecimal expected = calculator.estimate(in).bill().totalUsd();
        BillViewModel vm = new BillViewModel(calculator, in);

        assertThat(expected).isGreaterThan(new BigDecimal("1000000"));
        assertThat(vm.getTotalText()).matches("\\$\\d{1,3}(,\\d{3}){2,}\\.\\d{2}")
                .isEqualTo("$" + String.format(Locale.US, "%,.2f", expected));
    }

    @Test
    void showsRegionEditionAndEffectiveDate() {
        BillViewModel vm = new BillViewModel(calculator, mobileBackend());
        var edition = catalog.edition("us-east-1", DATE);

        assertThat(vm.regionProperty().get()).isEqualTo("us-east-1");
        assertThat(vm.editionIdProperty().get()).isEqualTo(edition.id()).startsWith("us-east-1/");
        assertThat(vm.effectiveDateProperty().get()).isEqualTo(edition.effectiveDate()).isBeforeOrEqualTo(DATE);
        assertThat(vm.editionSummaryProperty().get()).contains(edition.id(), edition.effectiveDate().toString());
        assertThat(vm.titleProperty().get())
                .isEqualTo("3,000,000 requests a month × 120 ms on 1,536 MB x86_64, free tier applied");
    }

    @Test
    void oldPriceDatesUseTheEditionThenInForce() {
        CalculatorInput in = CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 1536, 3_000_000,
                new BigDecimal("120"), LocalDate.of(2020, 6, 1));
        BillViewModel vm = new BillViewModel(calculator, in);

        assertThat(vm.editionIdProperty().get()).isEqualTo(catalog.edition("us-east-1", in.priceDate()).id());
        assertThat(vm.getTotal()).isEqualByComparingTo(calculator.estimate(in).bill().totalUsd());
        assertThat(vm.getTotal()).isNotEqualByComparingTo("2.73");
    }

    @Test
    void unknownRegionGivesAnErrorMessageInsteadOfAnException() {
        CalculatorInput nowhere = CalculatorInput.onDemand("xx-nowhere-1", Architecture.ARM64, 1024, 1_000,
                BigDecimal.TEN, DATE);

        BillViewModel vm = assertDoesNotThrow(() -> new BillViewModel(calculator, nowhere));

        assertThat(vm.isFailed()).isTrue();
        assertThat(vm.getErrorMessage()).startsWith("Cannot price this workload: ").contains("xx-nowhere-1");
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.getTotal()).isNull();
        assertThat(vm.getTotalText()).isEqualTo(DisplayFormat.NONE);
        assertThat(vm.editionIdProperty().get()).isEmpty();
        assertThat(vm.regionProperty().get()).isEqualTo("xx-nowhere-1");
    }

    @Test
    void outOfRangeInputGivesTheCalculatorsReason() {
        CalculatorInput tooSmall = CalculatorInput.onDemand("us-east-1", Architecture.ARM64, 64, 1_000,
                BigDecimal.TEN, DATE);

        BillViewModel vm = new BillViewModel(calculator, tooSmall);

        assertThat(vm.isFailed()).isTrue();
        assertThat(vm.getErrorMessage()).contains("--memory-mb must be 128 to 10,240 MB, was 64");
    }

    @Test
    void recomputingAValidInputClearsTheError() {
        BillViewModel vm = new BillViewModel(calculator,
                CalculatorInput.onDemand("xx-nowhere-1", Architecture.ARM64, 1024, 1_000, BigDecimal.TEN, DATE));
        List<Integer> sizesSeen = new ArrayList<>();
        vm.lines().addListener((ListChangeListener<BillLineRow>) c -> sizesSeen.add(c.getList().size()));

        vm.setInput(mobileBackend());

        assertThat(vm.isFailed()).isFalse();
        assertThat(vm.getErrorMessage()).isEmpty();
        assertThat(vm.getTotalText()).isEqualTo("$2.73");
        assertThat(sizesSeen).containsExactly(2);
        assertThat(vm.inputProperty().get()).isEqualTo(mobileBackend());
    }

    @Test
    void failingAfterSuccessEmptiesTheBill() {
        BillViewModel vm = new BillViewModel(calculator, mobileBackend());

        vm.setInput(mobileBackend().withGranularityMs(0));

        assertThat(vm.isFailed()).isTrue();
        assertThat(vm.getErrorMessage()).contains("granularity");
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.getTotalText()).isEqualTo(DisplayFormat.NONE);
    }

    @Test
    void missingPricesAreReportedByAnUnavailableModel() {
        BillViewModel vm = BillViewModel.unavailable(mobileBackend(), "the bundled price editions cannot be loaded");

        assertThat(vm.isFailed()).isTrue();
        assertThat(vm.getErrorMessage()).contains("the bundled price editions cannot be loaded");
        assertThat(vm.lines()).isEmpty();

        vm.recompute();
        assertThat(vm.isFailed()).isTrue();
    }

    @Test
    void linesCannotBeChangedFromOutside() {
        BillViewModel vm = new BillViewModel(calculator, mobileBackend());

        assertThrows(UnsupportedOperationException.class, () -> vm.lines().clear());
    }
}
