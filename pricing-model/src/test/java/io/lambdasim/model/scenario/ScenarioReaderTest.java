package io.lambdasim.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lambdasim.model.capacity.AccountSpec;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.InitDefaults;
import io.lambdasim.model.capacity.InvocationType;
import io.lambdasim.model.capacity.ScalingModel;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.Packaging;
import io.lambdasim.pricedata.RuntimeKind;
import io.lambdasim.workload.PoissonWorkload;
import io.lambdasim.workload.distribution.Distributions;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioReaderTest {

    private static final ScenarioReader READER = ScenarioReader.bundled();

    /** A minimal scenario; {@code top} and {@code fn} are extra lines for the top level and the function. */
    static String scenario(String top, String fn) {
        return "{\n"
                + "  \"format\": \"lambdasim-scenario/1\",\n"
                + "  \"name\": \"test\",\n"
                + (top.isEmpty() ? "" : top + ",\n")
                + "  \"functions\": [\n"
                + "    {\n"
                + "      \"name\": \"fn\",\n"
                + (fn.isEmpty() ? "" : fn + ",\n")
                + "      \"duration\": \"exp:100ms\",\n"
                + "      \"arrivals\": {\"type\": \"poisson\", \"rate_per_second\": 2}\n"
                + "    }\n"
                + "  ]\n"
                + "}\n";
    }

    /** The 1-based line of the first occurrence of {@code needle} in {@code text}. */
    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as("%s in the test's JSON", needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static ScenarioException error(String json) {
        return catchThrowableOfType(ScenarioException.class, () -> READER.parse("test.json", json));
    }

    @Test
    void appliesTheDefaultsToAMinimalFile() {
        Scenario s = READER.parse("test.json", scenario("", ""));
        assertThat(s.name()).isEqualTo("test");
        assertThat(s.description()).isEmpty();
        assertThat(s.replications()).isEqualTo(1);
        assertThat(s.seed()).isEqualTo(Scenario.DEFAULT_SEED);
        assertThat(s.start()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(s.timeZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(s.priceDate()).as("the date of the start").isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(s.region()).isEqualTo("us-east-1");
        assertThat(s.spec().edition().effectiveDate()).isBeforeOrEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(s.spec().billing().freeTier()).isTrue();
        assertThat(s.spec().horizonUs()).isEqualTo(86_400_000_000L);
        assertThat(s.spec().warmupUs()).isZero();
        assertThat(s.spec().binUs()).isEqualTo(60_000_000L);
        assertThat(s.spec().account()).isEqualTo(AccountSpec.defaults());

        FunctionSpec f = s.spec().functions().get(0);
        assertThat(f.memoryMb()).isEqualTo(128);
        assertThat(f.architecture()).isEqualTo(Architecture.X86_64);
        assertThat(f.runtime()).isEqualTo("nodejs22.x");
        assertThat(f.runtimeKind()).isEqualTo(RuntimeKind.MANAGED);
        assertThat(f.packaging()).isEqualTo(Packaging.ZIP);
        assertThat(f.timeoutUs()).isEqualTo(3_000_000L);
        assertThat(f.hasReservedConcurrency()).isFalse();
        assertThat(f.invocationType()).isEqualTo(InvocationType.SYNC);
        assertThat(f.ephemeralMb()).isEqualTo(512);
        assertThat(f.maxEventAgeUs()).isEqualTo(6 * 3_600_000_000L);
        assertThat(f.keepAlive()).isEqualTo(Distributions.parse("const:10min"));
        assertThat(f.maxLifetimeUs()).isZero();
        assertThat(f.init()).isEqualTo(InitDefaults.bundled().forRuntime("nodejs22.x", Packaging.ZIP,
                Architecture.X86_64));
        // Mean 139 ms, the middle of 131 to 147 ms; median 139 / e^(σ²/2) with σ = ln 3 / 2.3263: 124.333 ms.
        assertThat(f.init().spec()).isEqualTo(Distributions.parse("lognormal:median=124333us,p99=372999us").spec());
        assertThat(f.workload()).isEqualTo(new PoissonWorkload(2));
        assertThat(f.provisioned().isNone()).isTrue();
        assertThat(s.plan("fn")).isEqualTo(ProvisionedPlan.NONE);
    }

    @Test
    void readsEveryField() {
        String json = scenario("""
                  "description": "all fields",
                  "seed": -5,
                  "replications": 3,
                  "horizon": "2d",
                  "warmup": "1h",
                  "bin": "5min",
                  "start": "2026-03-02T06:00:00+01:00",
                  "time_zone": "Europe/Paris",
                  "region": "eu-west-1",
                  "price_date": "2026-11-01",
                  "free_tier": false,
                  "account": {"concurrency_limit": 3000, "min_unreserved": 200, "scaling": "legacy-burst"}""",
                """
                      "memory_mb": 1769,
                      "architecture": "arm64",
                      "runtime": "provided.al2023",
                      "packaging": "image",
                      "timeout": "1.5min",
                      "reserved_concurrency": 400,
                      "invocation": "async",
                      "ephemeral_mb": 2048,
                      "max_event_age": "30min",
                      "keep_alive": "600s",
                      "max_lifetime": "2h",
                      "init": "exp:250ms",
                      "provisioned_concurrency": {"steps": [{"at": "0s", "concurrency": 5}, {"at": "1d", "concurrency": 0}]}""");
        Scenario s = READER.parse("test.json", json);
        assertThat(s.description()).isEqualTo("all fields");
        assertThat(s.seed()).isEqualTo(-5);
        assertThat(s.replications()).isEqualTo(3);
        assertThat(s.start()).isEqualTo(Instant.parse("2026-03-02T05:00:00Z"));
        assertThat(s.timeZone().getId()).isEqualTo("Europe/Paris");
        assertThat(s.region()).isEqualTo("eu-west-1");
        assertThat(s.priceDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(s.spec().billing().freeTier()).isFalse();
        assertThat(s.spec().horizonUs()).isEqualTo(2 * 86_400_000_000L);
        assertThat(s.spec().warmupUs()).isEqualTo(3_600_000_000L);
        assertThat(s.spec().binUs()).isEqualTo(300_000_000L);
        AccountSpec a = s.spec().account();
        assertThat(a.concurrencyLimit()).isEqualTo(3000);
        assertThat(a.minUnreserved()).isEqualTo(200);
        assertThat(a.scaling()).isEqualTo(ScalingModel.LEGACY_BURST);
        assertThat(a.scalingTokens()).as("eu-west-1's burst").isEqualTo(3000);
        FunctionSpec f = s.spec().functions().get(0);
        assertThat(f.memoryMb()).isEqualTo(1769);
        assertThat(f.architecture()).isEqualTo(Architecture.ARM64);
        assertThat(f.runtimeKind()).as("provided.* is a custom runtime").isEqualTo(RuntimeKind.CUSTOM);
        assertThat(f.packaging()).isEqualTo(Packaging.CONTAINER_IMAGE);
        assertThat(f.timeoutUs()).isEqualTo(90_000_000L);
        assertThat(f.reservedConcurrency()).isEqualTo(400);
        assertThat(f.invocationType()).isEqualTo(InvocationType.ASYNC);
        assertThat(f.ephemeralMb()).isEqualTo(2048);
        assertThat(f.maxEventAgeUs()).isEqualTo(1_800_000_000L);
        assertThat(f.keepAlive()).as("a plain span is a constant").isEqualTo(Distributions.parse("const:600s"));
        assertThat(f.maxLifetimeUs()).isEqualTo(7_200_000_000L);
        assertThat(f.init()).isEqualTo(Distributions.parse("exp:250ms"));
        assertThat(f.provisioned().levelAt(0)).isEqualTo(5);
        assertThat(f.provisioned().levelAt(86_400_000_000L)).isZero();
    }

    @Test
    void aLegacyBurstMayBeGivenAndIsRefusedWithOtherScaling() {
        Scenario s = READER.parse("test.json", scenario(
                "  \"account\": {\"scaling\": \"legacy-burst\", \"legacy_burst\": 500}", ""));
        assertThat(s.spec().account().scalingTokens()).isEqualTo(500);
        assertThat(s.spec().account().scalingPeriodUs()).as("500 a minute refill 500 in a minute")
                .isEqualTo(60_000_000L);
        String json = scenario("  \"account\": {\"legacy_burst\": 500}", "");
        assertThat(error(json)).hasMessage("test.json:" + lineOf(json, "legacy_burst")
                + ": account.legacy_burst: applies only with \"scaling\": \"legacy-burst\"");
    }

    @Test
    void minUnreservedDefaultsToTheWholeOfASmallLimit() {
        Scenario s = READER.parse("test.json", scenario("  \"account\": {\"concurrency_limit\": 10}", ""));
        assertThat(s.spec().account().minUnreserved()).isEqualTo(10);
    }

    /** Each case: a top-level addition, a function addition, the text the line is on, the path, the reason. */
    @ParameterizedTest(name = "{3}: {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "| \"memory_mb\": 20000 | 20000 | functions[0].memory_mb | 20000 is outside 128 to 10,240 MB",
        "| \"memory_mb\": \"1024\" | \"1024\" | functions[0].memory_mb | expected a whole number, found the string \"1024\"",
        "| \"memry_mb\": 1024 | memry_mb | functions[0].memry_mb | unknown field (did you mean \"memory_mb\"?)",
        "| \"timeout\": \"20min\" | 20min | functions[0].timeout | 20min is outside 1ms to 15min",
        "| \"timeout\": \"30\" | \"30\" | functions[0].timeout | \"30\" has no unit; write for example 30ms (units: us (or µs), ms, s, m (or min), h, d)",
        "| \"invocation\": \"event\" | event | functions[0].invocation | \"event\" is not one of sync, async",
        "| \"architecture\": \"sparc\" | sparc | functions[0].architecture | \"sparc\" is not one of x86_64, arm64",
        "| \"keep_alive\": \"ten minutes\" | ten minutes | functions[0].keep_alive | \"ten minutes\" is neither a time span (such as 600s) nor a distribution (such as exp:100ms; kinds: const, exp, uniform, lognormal, gamma, empirical, mix)",
        "| \"init\": \"lognormal:median=80ms,p99=50ms\" | lognormal:median=80ms | functions[0].init | lognormal:median=80ms,p99=50ms: p99 must exceed the median",
        "| \"reserved_concurrency\": 950 | 950 | functions[0].reserved_concurrency | 950 brings the reserved total to 950, leaving less than 100 of the account limit 1,000 unreserved",
        "| \"reserved_concurrency\": 10, \"provisioned_concurrency\": 20 | provisioned_concurrency | functions[0].provisioned_concurrency | 20 is more than the function's reserved_concurrency 10",
        "| \"provisioned_concurrency\": 901 | provisioned_concurrency | functions[0].provisioned_concurrency | reserved and provisioned concurrency come to 901, leaving less than 100 of the account limit 1,000 unreserved",
        "| \"provisioned_concurrency\": [{\"concurrency\": 5, \"days\": \"mon-fri\", \"from\": \"25:00\", \"to\": \"20:00\"}] | 25:00 | functions[0].provisioned_concurrency[0].from | \"25:00\" is not a time of day; write HH:MM, 00:00 to 23:59",
        "| \"provisioned_concurrency\": [{\"concurrency\": 5, \"days\": \"workdays\", \"from\": \"08:00\", \"to\": \"20:00\"}] | workdays | functions[0].provisioned_concurrency[0].days | \"workdays\" is not a list of days; write for example mon-fri, sat,sun, mon,wed,fri, weekdays, weekends or daily",
        "| \"provisioned_concurrency\": {\"steps\": [{\"at\": \"2h\", \"concurrency\": 5}, {\"at\": \"1h\", \"concurrency\": 0}]} | provisioned_concurrency | functions[0].provisioned_concurrency.steps[1].at | 1h is not after the previous step's 2h",
        "| \"provisioned_concurrency\": \"5\" | provisioned_concurrency | functions[0].provisioned_concurrency | expected a number, an array of weekly windows or {\"steps\": [...]}, found the string \"5\"",
        "| \"runtime\": \"cobol\" | cobol | functions[0].runtime | no measured INIT duration for runtime 'cobol': give the function an \"init\" distribution (known runtimes: python3.12, python3.13, nodejs20.x, nodejs22.x, nodejs24.x, java17, java21, java25, dotnet8, ruby3.3, provided.al2023/go, provided.al2023/rust, provided.al2023)",
        "  \"region\": \"us-east-7\" || us-east-7 | region | no prices for region 'us-east-7' (known: af-south-1, ap-southeast-1, eu-central-1, eu-west-1, us-east-1)",
        "  \"price_date\": \"2010-01-01\" || 2010-01-01 | price_date | no us-east-1 prices in force on 2010-01-01 (the earliest edition takes effect on 2015-04-09)",
        "  \"price_date\": \"2020-06-01\" | \"architecture\": \"arm64\" | arm64 | functions[0].architecture | price edition us-east-1/2019-12-03 has no arm64 prices",
        "  \"price_date\": \"2019-06-01\" | \"provisioned_concurrency\": 2 | provisioned_concurrency | functions[0].provisioned_concurrency | price edition us-east-1/2015-04-09 has no prices for provisioned concurrency (it was introduced in December 2019; see price_date)",
        "  \"price_date\": \"2020-06-01\" | \"memory_mb\": 4096 | 4096 | functions[0].memory_mb | 4096 is outside 128 to 3,008 MB (price edition us-east-1/2019-12-03)",
        "  \"price_date\": \"1st of May\" || 1st of May | price_date | \"1st of May\" is not a date; write YYYY-MM-DD, for example 2026-11-01",
        "  \"horizon\": \"1h\", \"warmup\": \"2h\" || 2h | warmup | 2h is not shorter than the horizon 1h",
        "  \"horizon\": \"400d\" || 400d | horizon | 400d is outside 1ms to 366d",
        "  \"replications\": 0 || replications | replications | 0 is outside 1 to 10,000",
        "  \"time_zone\": \"Mars/Olympus\" || Mars | time_zone | \"Mars/Olympus\" is not a time zone (write for example UTC, Europe/Berlin or America/New_York)",
        "  \"start\": \"2026-01-05\" || 2026-01-05 | start | \"2026-01-05\" is not a date and time with an offset; write for example 2026-01-05T00:00:00Z",
        "  \"account\": {\"scaling\": \"fast\"} || fast | account.scaling | \"fast\" is not one of per-function, legacy-burst, unlimited",
        "  \"seed\": 1.5 || 1.5 | seed | expected a whole number, found the number 1.5",
        "  \"free_tier\": \"yes\" || yes | free_tier | expected true or false, found the string \"yes\"",
    })
    void reportsFileLineAndPathInOneLine(String top, String fn, String lineText, String path, String reason) {
        String json = scenario(top == null ? "" : top, fn == null ? "" : "      " + fn);
        ScenarioException e = error(json);
        assertThat(e).as("no error for %s %s", top, fn).isNotNull();
        assertThat(e.getMessage()).isEqualTo("test.json:" + lineOf(json, lineText) + ": " + path + ": " + reason);
        assertThat(e.getMessage()).doesNotContain("\n");
        assertThat(e.file()).isEqualTo("test.json");
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.reason()).isEqualTo(reason);
    }

    @Test
    void refusesOtherFormatsAndNamesThatLambdaRefuses() {
        String json = scenario("", "").replace("scenario/1", "scenario/2");
        assertThat(error(json)).hasMessage("test.json:2: format: \"lambdasim-scenario/2\" is not a format this "
                + "version reads (expected lambdasim-scenario/1)");
        json = scenario("", "").replace("\"fn\"", "\"my function\"");
        assertThat(error(json)).hasMessage("test.json:" + lineOf(json, "my function") + ": functions[0].name: "
                + "\"my function\" is not a Lambda function name (1 to 64 letters, digits, - and _)");
    }

    @Test
    void aMissingRequiredFieldIsReportedAtItsObject() {
        String json = scenario("", "").replace("      \"duration\": \"exp:100ms\",\n", "");
        assertThat(error(json)).hasMessage("test.json:" + lineOf(json, "{\n      \"name\"")
                + ": functions[0].duration: required field missing");
        String noFunctions = "{\"format\": \"lambdasim-scenario/1\", \"name\": \"x\", \"functions\": []}";
        assertThat(error(noFunctions)).hasMessage("test.json:1: functions: needs at least 1 element");
    }

    @Test
    void malformedJsonGivesJacksonsLineAndReason() {
        String json = scenario("", "").replace("\"name\": \"fn\",", "\"name\": \"fn\"");
        ScenarioException e = error(json);
        assertThat(e.line()).isEqualTo(lineOf(json, "\"duration\""));
        assertThat(e.getMessage()).startsWith("test.json:" + e.line() + ": functions[0]")
                .contains("malformed JSON: Unexpected character").doesNotContain("\n");
    }

    @Test
    void aTruncatedFileSaysWhereTheUnclosedArrayStartsWithoutJacksonsSourceNote() {
        String json = "{\"format\": \"lambdasim-scenario/1\", \"name\": \"x\", \"functions\": [";
        assertThat(error(json).getMessage()).contains("malformed JSON: Unexpected end-of-input")
                .contains("(start marker at [line: 1, column: 62])").doesNotContain("Source").doesNotContain("REDACTED");
    }

    @Test
    void duplicateKeysAreMalformed() {
        String json = scenario("  \"name\": \"again\"", "");
        assertThat(error(json).getMessage()).startsWith("test.json:" + lineOf(json, "again") + ": ")
                .contains("malformed JSON: Duplicate field 'name'");
    }

    @Test
    void twoFunctionsMayNotShareAName() {
        String json = scenario("", "").replace("  ]\n", "    ,{\"name\": \"fn\", \"duration\": \"exp:1s\", "
                + "\"arrivals\": {\"type\": \"poisson\", \"rate_per_second\": 1}}\n  ]\n");
        assertThat(error(json)).hasMessage("test.json:" + lineOf(json, ",{\"name\"")
                + ": functions[1].name: functions[0] has the same name");
    }

    @Test
    void emptyAndNonObjectFilesAreRefused() {
        assertThat(error("")).hasMessage("test.json: empty file: a scenario is a JSON object {...}");
        assertThat(error("[1, 2]")).hasMessage("test.json:1: expected an object {...}, found an array");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> ScenarioReader.read(missing)).isInstanceOf(ScenarioException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void scenarioExceptionsAreIllegalArgumentExceptions() {
        assertThat(error("{}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.json:1: format: required field missing");
    }

    @Test
    void acceptsAPlainSpanOrADistributionWhereADistributionIsExpected() {
        assertThat(ScenarioReader.distribution("600s")).isEqualTo(Distributions.parse("const:600s"));
        assertThat(ScenarioReader.distribution("exp:1991ms")).isEqualTo(Distributions.parse("exp:1991ms"));
        assertThatThrownBy(() -> ScenarioReader.distribution("exp:-1ms")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("exp:-1ms: ");
    }
}
