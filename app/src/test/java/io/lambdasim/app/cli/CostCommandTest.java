package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostCommandTest {

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static BigDecimal sumOfLines(JsonNode root) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode l : root.get("lines")) {
            sum = sum.add(l.get("usd").decimalValue());
        }
        return sum;
    }

    @Test
    void reproducesTheMobileBackendExample() throws Exception {
        JsonNode root = json(CliRun.of("cost", "--memory-mb", "1536", "--requests", "3M", "--avg-duration-ms", "120",
                "--price-date", "2026-11-26", "--json"));
        assertThat(root.get("total_usd").decimalValue()).isEqualByComparingTo("2.73");
        assertThat(root.get("region").asText()).isEqualTo("us-east-1");
        assertThat(root.get("price_edition").asText()).startsWith("us-east-1/");
        assertThat(root.get("lines")).hasSize(2);
        assertThat(root.get("lines").get(0).get("item").asText()).isEqualTo("Requests");
        assertThat(root.get("lines").get(0).get("usd").decimalValue()).isEqualByComparingTo("0.40");
        assertThat(root.get("lines").get(1).get("quantity").decimalValue()).isEqualByComparingTo("140000");
        assertThat(root.get("lines").get(1).get("usd").decimalValue()).isEqualByComparingTo("2.33");
        assertThat(sumOfLines(root)).isEqualByComparingTo(root.get("total_usd").decimalValue());
    }

    @Test
    void reproducesTheCyberMondayExample() throws Exception {
        JsonNode root = json(CliRun.of("cost", "--memory-mb", "4096", "--requests", "2,000,000",
                "--avg-duration-ms", "280", "--pc", "7", "--pc-hours", "24", "--pc-requests", "2000000",
                "--no-free-tier", "--price-date", "2026-11-26", "--json"));
        assertThat(root.get("total_usd").decimalValue()).isEqualByComparingTo("32.26");
        assertThat(root.get("lines")).extracting(l -> l.get("usd").decimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("0.40"), new BigDecimal("10.08"), new BigDecimal("21.78"));
        assertThat(sumOfLines(root)).isEqualByComparingTo("32.26");
    }

    @Test
    void writesAmountsExactToTheCentInJson() {
        CliRun run = CliRun.of("cost", "--memory-mb", "1536", "--requests", "3M", "--avg-duration-ms", "120",
                "--price-date", "2026-11-26", "--json");
        assertThat(run.out()).contains("\"total_usd\" : 2.73").contains("\"usd\" : 0.40")
                .contains("\"unit_price_usd\" : 0.0000166667");
    }

    @Test
    void printsAReadableTable() {
        CliRun run = CliRun.of("cost", "--memory-mb", "1536", "--requests", "3000000", "--avg-duration-ms", "120",
                "--price-date", "2026-11-26");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Requests").contains("2,000,000").contains("140,000").contains("2.33")
                .containsPattern("Total\\s+2\\.73").contains("rounded up to 1 ms");
    }

    @Test
    void legacyPriceDateRoundsTo100Ms() throws Exception {
        JsonNode root = json(CliRun.of("cost", "--memory-mb", "1536", "--requests", "3M", "--avg-duration-ms", "120",
                "--price-date", "2020-06-01", "--json"));
        assertThat(root.get("duration_granularity_ms").asInt()).isEqualTo(100);
        assertThat(root.get("billed_ms_per_request").asInt()).isEqualTo(200);
        assertThat(root.get("total_usd").decimalValue()).isEqualByComparingTo("8.74");
    }

    @Test
    void granularityOverrideChangesOnlyTheRounding() throws Exception {
        JsonNode root = json(CliRun.of("cost", "--memory-mb", "1536", "--requests", "3M", "--avg-duration-ms", "120",
                "--price-date", "2026-11-26", "--granularity-ms", "100", "--json"));
        assertThat(root.get("billed_ms_per_request").asInt()).isEqualTo(200);
        assertThat(root.get("total_usd").decimalValue()).isEqualByComparingTo("8.73");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "--requests -5 --avg-duration-ms 10 | --requests must not be negative",
        "--requests 10 --avg-duration-ms 10 --memory-mb 100 | --memory-mb must be 128 to 10,240 MB",
        "--requests 10 --avg-duration-ms 10 --memory-mb 20000 | --memory-mb must be 128 to 10,240 MB",
        "--requests 10 --avg-duration-ms 10 --pc 1 --pc-hours 1 --pc-requests 11 | must not exceed --requests",
        "--requests 10 --avg-duration-ms 10 --region xx-nowhere-1 | xx-nowhere-1",
        "--requests 10 --avg-duration-ms 10 --arch sparc | unknown architecture 'sparc'",
        "--requests ten --avg-duration-ms 10 | 'ten' is not a number",
        "--requests 1.5 --avg-duration-ms 10 | not a whole count",
        "--avg-duration-ms 10 | Missing required option: '--requests=N'",
        "--requests 10 --avg-duration-ms 10 --price-date 2026-13-01 | --price-date",
        "--requests 10 --avg-duration-ms 10 --bogus | Unknown option: '--bogus'",
    })
    void refusesBadOptionsWithStatusTwoAndOneLine(String args, String reason) {
        CliRun run = CliRun.of(("cost " + args).split(" "));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(reason);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }
}
