package io.lambdasim.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.about.BundledPrices.Edition;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledPricesTest {

    private static Edition e(String region, String date) {
        return new Edition(region, LocalDate.parse(date));
    }

    @Test
    void compactGroupsDatesByRegionWithRegionsAlphabeticalAndDatesInOrder() {
        String s = BundledPrices.compact(List.of(e("us-east-1", "2025-08-01"), e("eu-west-1", "2022-08-01"),
                e("us-east-1", "2015-04-09"), e("eu-west-1", "2025-08-01")));
        assertThat(s).isEqualTo("eu-west-1 2022-08-01, 2025-08-01; us-east-1 2015-04-09, 2025-08-01");
    }

    @Test
    void compactNamesASingleEditionByRegionAndDate() {
        assertThat(BundledPrices.compact(List.of(e("af-south-1", "2022-12-13")))).isEqualTo("af-south-1 2022-12-13");
    }

    @Test
    void compactOfNothingSaysNone() {
        assertThat(BundledPrices.compact(List.of())).isEqualTo("none");
    }

    @Test
    void linesNameEveryBundledLambdaEC2AndFrontDoorFile() {
        // Expected from the bundled index files (pricing-data/src/main/resources/.../index.json), not from the code.
        assertThat(BundledPrices.lines()).containsExactly(
                "Lambda prices: af-south-1 2022-12-13, 2025-08-01; ap-southeast-1 2022-08-01, 2025-08-01; "
                        + "eu-central-1 2022-08-01, 2025-08-01; eu-west-1 2022-08-01, 2025-08-01; "
                        + "us-east-1 2015-04-09, 2019-12-03, 2020-12-01, 2021-09-29, 2022-03-24, 2022-08-01, "
                        + "2024-11-18, 2025-08-01",
                "EC2 prices: af-south-1 2026-11-26; ap-southeast-1 2026-11-26; eu-central-1 2026-11-26; "
                        + "eu-west-1 2026-11-26; us-east-1 2026-01-19",
                "Front-door prices: us-east-1 2026-09-20");
    }
}
