package io.lambdasim.pricedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PriceEditionWriterTest {

    private static final URI SOURCE = URI.create("https://example.org/prices");

    @TempDir
    Path dir;

    static Stream<PriceEdition> bundledEditions() {
        return PriceEditionLoader.loadBundled().editions().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledEditions")
    void writtenEditionReadsBackEqual(PriceEdition edition) {
        Path file = PriceEditionWriter.writeInto(edition, dir);

        PriceEdition reread = PriceEditionLoader.load(file);

        assertThat(file).isEqualTo(dir.resolve(edition.region()).resolve(edition.effectiveDate() + ".json"));
        assertThat(reread.sourceFile()).isEqualTo(file.toString());
        assertThat(PriceEditionWriter.sameContent(reread, edition)).isTrue();
        assertThat(reread.notes()).isEqualTo(edition.notes());
        assertThat(reread.rates(Architecture.X86_64)).isEqualTo(edition.rates(Architecture.X86_64));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledEditions")
    void writingIsStable(PriceEdition edition) {
        String once = PriceEditionWriter.toJson(edition);
        String twice = PriceEditionWriter.toJson(PriceEditionLoader.parse("again.json", once));

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void pricesAreWrittenAsExactDecimalStrings() {
        PriceEdition edition = edition("us-east-1", "2030-01-01", new BigDecimal("0.00000000000000000123"));

        String json = PriceEditionWriter.toJson(edition);

        assertThat(json).contains("\"usd\": \"0.00000000000000000123\"").doesNotContain("E-");
        assertThat(PriceEditionLoader.parse("x.json", json).requests().usdPerUnit())
                .isEqualByComparingTo("0.00000000000000000123");
    }

    @Test
    void writeReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("us-east-1.json");
        Files.writeString(file, "old content");

        PriceEditionWriter.write(edition("us-east-1", "2030-01-01", new BigDecimal("0.2")), file);

        assertThat(PriceEditionLoader.load(file).requests().usdPerUnit()).isEqualByComparingTo("0.2");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void editionThatCannotBeReadBackLeavesTheOldFileUntouched() throws IOException {
        Path file = dir.resolve("edition.json");
        Files.writeString(file, "old content");
        PriceEdition unreadable = edition("us-east-1", "2030-01-01", new BigDecimal("0.2"));
        unreadable = new PriceEdition(unreadable.id(), unreadable.region(), unreadable.effectiveDate(), "USD", "x",
                "", unreadable.rules(), unreadable.memory(), new Rate(BigDecimal.ONE, "1M requests", SOURCE, true),
                unreadable.architectures(), Optional.empty(), Optional.empty(), Optional.empty(),
                unreadable.freeTier());
        PriceEdition finalUnreadable = unreadable;

        assertThatThrownBy(() -> PriceEditionWriter.write(finalUnreadable, file))
                .isInstanceOf(PriceDataException.class).hasMessageContaining("requests.unit");
        assertThat(Files.readString(file)).isEqualTo("old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void editionWhoseIdIsNotRegionAndDateIsRefused() {
        PriceEdition e = edition("us-east-1", "2030-01-01", BigDecimal.ONE);
        PriceEdition renamed = new PriceEdition("my-prices", e.region(), e.effectiveDate(), "USD", "x", "",
                e.rules(), e.memory(), e.requests(), e.architectures(), Optional.empty(), Optional.empty(),
                Optional.empty(), e.freeTier());

        assertThatThrownBy(() -> PriceEditionWriter.toJson(renamed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("my-prices");
    }

    @Test
    void initBillingNeverRoundTrips() {
        PriceEdition e = edition("eu-west-1", "2030-01-01", BigDecimal.ONE);
        PriceEdition whatIf = e.withRules(e.rules().withInitBilling(InitBilling.NEVER).withGranularityMs(100));

        PriceEdition reread = PriceEditionLoader.parse("what-if.json", PriceEditionWriter.toJson(whatIf));

        assertThat(reread.rules().initBilling()).isEqualTo(InitBilling.NEVER);
        assertThat(reread.rules().durationGranularityMs()).isEqualTo(100);
    }

    private static PriceEdition edition(String region, String date, BigDecimal requestPrice) {
        Rate gbs = new Rate(new BigDecimal("0.0000166667"), "GB-s", SOURCE, false);
        TieredRate tiers = new TieredRate(List.of(new Tier(0, OptionalLong.of(100), gbs),
                new Tier(100, OptionalLong.empty(), new Rate(new BigDecimal("0.00001"), "GB-s", SOURCE, true))));
        return new PriceEdition(region + "/" + date, region, LocalDate.parse(date), "USD", "test", "a note",
                new BillingRules(1, InitBilling.ALWAYS, 5, SOURCE, true), new MemoryLimits(128, 10240, 1),
                new Rate(requestPrice, "request", SOURCE, true),
                Map.of(Architecture.X86_64, new ArchitectureRates(tiers, Optional.empty(), Optional.empty())),
                Optional.empty(), Optional.empty(), Optional.empty(), new FreeTier(0, 0, SOURCE, false));
    }
}
