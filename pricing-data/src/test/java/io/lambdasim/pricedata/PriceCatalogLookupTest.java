package io.lambdasim.pricedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The edition in force on a date is the latest of its region taking effect on or before that date. */
class PriceCatalogLookupTest {

    private static final PriceCatalog CATALOG = PriceEditionLoader.loadBundled();

    static Stream<PriceEdition> editions() {
        return CATALOG.editions().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void editionIsInForceFromItsEffectiveDate(PriceEdition edition) {
        assertThat(CATALOG.edition(edition.region(), edition.effectiveDate())).isSameAs(edition);
        assertThat(CATALOG.edition(edition.region(), edition.effectiveDate().plusDays(1))).isSameAs(edition);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void dayBeforeAnEffectiveDateBelongsToThePreviousEdition(PriceEdition edition) {
        List<PriceEdition> sameRegion = CATALOG.editions().stream()
                .filter(e -> e.region().equals(edition.region())).toList();
        int index = sameRegion.indexOf(edition);
        LocalDate dayBefore = edition.effectiveDate().minusDays(1);
        if (index == 0) {
            assertThatThrownBy(() -> CATALOG.edition(edition.region(), dayBefore))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no " + edition.region() + " prices in force on " + dayBefore);
        } else {
            assertThat(CATALOG.edition(edition.region(), dayBefore)).isSameAs(sameRegion.get(index - 1));
        }
    }

    @Test
    void concreteDatesPickTheExpectedUsEast1Editions() {
        assertThat(CATALOG.edition("us-east-1", LocalDate.of(2020, 11, 30)).id()).isEqualTo("us-east-1/2019-12-03");
        assertThat(CATALOG.edition("us-east-1", LocalDate.of(2020, 12, 1)).id()).isEqualTo("us-east-1/2020-12-01");
        assertThat(CATALOG.edition("us-east-1", LocalDate.of(2022, 7, 31)).id()).isEqualTo("us-east-1/2022-03-24");
        assertThat(CATALOG.edition("us-east-1", LocalDate.of(2025, 7, 31)).id()).isEqualTo("us-east-1/2024-11-18");
        assertThat(CATALOG.edition("us-east-1", LocalDate.of(2031, 1, 1)).id()).isEqualTo("us-east-1/2025-08-01");
    }

    @Test
    void regionWithoutEditionsIsRejectedNamingTheKnownOnes() {
        assertThatThrownBy(() -> CATALOG.edition("us-west-2", LocalDate.of(2025, 9, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no prices for region 'us-west-2'")
                .hasMessageContaining("us-east-1");
    }

    @Test
    void dateBeforeTheFirstEditionIsRejected() {
        assertThatThrownBy(() -> CATALOG.edition("us-east-1", LocalDate.of(2014, 11, 13)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("earliest edition takes effect on 2015-04-09");
        assertThatThrownBy(() -> CATALOG.edition("eu-west-1", LocalDate.of(2022, 7, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2022-08-01");
    }
}
