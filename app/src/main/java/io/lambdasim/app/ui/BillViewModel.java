package io.lambdasim.app.ui;

import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.calculator.CalculatorInput;
import io.lambdasim.model.calculator.CostCalculator;
import io.lambdasim.model.calculator.Estimate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The monthly bill of one workload, as the window shows it: the closed-form estimate of {@link CostCalculator} turned
 * into read-only properties and display texts. Holds no nodes. {@link #recompute()} prices the input again; a failure
 * (an unknown region, an input out of range, missing prices) never escapes: it empties the bill and sets
 * {@link #errorMessageProperty()}.
 *
 * <p>Not thread-safe: use it from the JavaFX application thread (or from one test thread).
 */
public final class BillViewModel {

    private final CostCalculator calculator;
    private final String unavailableReason;

    private final ReadOnlyObjectWrapper<CalculatorInput> input = new ReadOnlyObjectWrapper<>(this, "input");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper region = new ReadOnlyStringWrapper(this, "region", "");
    private final ReadOnlyStringWrapper editionId = new ReadOnlyStringWrapper(this, "editionId", "");
    private final ReadOnlyObjectWrapper<LocalDate> effectiveDate = new ReadOnlyObjectWrapper<>(this, "effectiveDate");
    private final ReadOnlyStringWrapper editionSummary = new ReadOnlyStringWrapper(this, "editionSummary", "");
    private final ReadOnlyObjectWrapper<BigDecimal> total = new ReadOnlyObjectWrapper<>(this, "total");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper(this, "totalText", DisplayFormat.NONE);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ObservableList<BillLineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<BillLineRow> readOnlyLines = FXCollections.unmodifiableObservableList(lines);

    /** A view model pricing {@code input} with {@code calculator}; the bill is computed at once. */
    public BillViewModel(CostCalculator calculator, CalculatorInput input) {
        this(Objects.requireNonNull(calculator, "calculator"), null, input);
    }

    private BillViewModel(CostCalculator calculator, String unavailableReason, CalculatorInput input) {
        this.calculator = calculator;
        this.unavailableReason = unavailableReason;
        this.input.set(Objects.requireNonNull(input, "input"));
        recompute();
    }

    /**
     * A view model that cannot price anything, because the prices themselves could not be loaded: it shows
     * {@code reason} as its error message, so that the window can still open and say what went wrong.
     */
    public static BillViewModel unavailable(CalculatorInput input, String reason) {
        return new BillViewModel(null, Objects.requireNonNull(reason, "reason"), input);
    }

    /** Prices {@code newInput} (replacing the current input) and updates every property. */
    public void setInput(CalculatorInput newInput) {
        input.set(Objects.requireNonNull(newInput, "newInput"));
        recompute();
    }

    /** Prices the current input again and updates every property; on failure, sets the error message instead. */
    public void recompute() {
        CalculatorInput in = input.get();
        title.set(titleOf(in));
        region.set(in.region());
        if (calculator == null) {
            fail(unavailableReason);
            return;
        }
        Estimate estimate;
        try {
            estimate = calculator.estimate(in);
        } catch (RuntimeException e) {
            fail(e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage());
            return;
        }
        Bill bill = estimate.bill();
        region.set(bill.region());
        editionId.set(estimate.edition().id());
        effectiveDate.set(estimate.edition().effectiveDate());
        editionSummary.set(estimate.edition().id() + " (in force since " + estimate.edition().effectiveDate()
                + "; prices of " + in.priceDate() + ")");
        lines.setAll(bill.lines().stream().map(BillLineRow::of).toList());
        total.set(bill.totalUsd());
        totalText.set(DisplayFormat.usd(bill.totalUsd()));
        errorMessage.set("");
        failed.set(false);
    }

    private void fail(String message) {
        editionId.set("");
        effectiveDate.set(null);
        editionSummary.set(DisplayFormat.NONE);
        lines.clear();
        total.set(null);
        totalText.set(DisplayFormat.NONE);
        errorMessage.set("Cannot price this workload: " + message);
        failed.set(true);
    }

    /** {@code 30,000,000 requests a month × 95 ms on 1,024 MB arm64}. */
    static String titleOf(CalculatorInput in) {
        return DisplayFormat.count(in.requests()) + " requests a month × "
                + DisplayFormat.grouped(in.avgDurationMs()) + " ms on " + DisplayFormat.count(in.memoryMb()) + " MB "
                + in.architecture().id() + (in.freeTier() ? ", free tier applied" : ", no free tier");
    }

    public ReadOnlyObjectProperty<CalculatorInput> inputProperty() {
        return input.getReadOnlyProperty();
    }

    /** A one-line description of the priced workload. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty regionProperty() {
        return region.getReadOnlyProperty();
    }

    /** The id of the price edition that priced the bill ({@code region/effective-date}); empty on failure. */
    public ReadOnlyStringProperty editionIdProperty() {
        return editionId.getReadOnlyProperty();
    }

    /** The day that edition took effect; null on failure. */
    public ReadOnlyObjectProperty<LocalDate> effectiveDateProperty() {
        return effectiveDate.getReadOnlyProperty();
    }

    /** The edition id, when it took effect and the date whose prices were asked for. */
    public ReadOnlyStringProperty editionSummaryProperty() {
        return editionSummary.getReadOnlyProperty();
    }

    /** The bill's total in USD (the sum of its rounded lines); null on failure. */
    public ReadOnlyObjectProperty<BigDecimal> totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The total as shown: {@code $1,234.56}; {@value DisplayFormat#NONE} on failure. */
    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    /** Why the bill could not be computed; empty when it was. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The bill's lines, in the bill's order; empty on failure. Unmodifiable. */
    public ObservableList<BillLineRow> lines() {
        return readOnlyLines;
    }

    public String getTotalText() {
        return totalText.get();
    }

    public BigDecimal getTotal() {
        return total.get();
    }

    public String getErrorMessage() {
        return errorMessage.get();
    }

    public boolean isFailed() {
        return failed.get();
    }
}
