package io.lambdasim.pricedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void knowsCommercialGovCloudAndChinaRegions() {
        assertThat(Regions.isKnown("us-east-1")).isTrue();
        assertThat(Regions.isKnown("af-south-1")).isTrue();
        assertThat(Regions.isKnown("ap-southeast-7")).isTrue();
        assertThat(Regions.isKnown("us-gov-west-1")).isTrue();
        assertThat(Regions.isKnown("cn-northwest-1")).isTrue();
        assertThat(Regions.codes()).hasSizeGreaterThan(35).doesNotHaveDuplicates();
    }

    @Test
    void rejectsMadeUpAndMisspeltCodes() {
        assertThat(Regions.isKnown("us-east-9")).isFalse();
        assertThat(Regions.isKnown("US-EAST-1")).isFalse();
        assertThat(Regions.isKnown("")).isFalse();
        assertThat(Regions.isKnown(null)).isFalse();
    }

    @Test
    void namesRegions() {
        assertThat(Regions.name("eu-west-1")).isEqualTo("Europe (Ireland)");
        assertThat(Regions.name("us-east-1")).isEqualTo("US East (N. Virginia)");
        assertThat(Regions.partition("cn-north-1")).isEqualTo("aws-cn");
        assertThatThrownBy(() -> Regions.name("mars-north-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mars-north-1");
    }

    @Test
    void findsRegionsByPriceListLocationAndBillingCode() {
        assertThat(Regions.codeForLocation("EU (Ireland)")).contains("eu-west-1");
        assertThat(Regions.codeForLocation("Europe (Frankfurt)")).contains("eu-central-1");
        assertThat(Regions.codeForLocation("South America (São Paulo)")).contains("sa-east-1");
        assertThat(Regions.codeForLocation("Any")).isEmpty();
        assertThat(Regions.codeForBillingCode("APS1")).contains("ap-southeast-1");
        assertThat(Regions.codeForBillingCode("EU")).contains("eu-west-1");
        assertThat(Regions.billingCode("ap-south-1")).contains("APS3");
    }
}
