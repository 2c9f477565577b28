package io.lambdasim.workload.importer.traces;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.workload.trace.TraceImporter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each importer claims its own format (score at least 0.9) and leaves the others alone (at most 0.1). */
class PublicTraceDetectionTest {

    private static final List<TraceImporter> IMPORTERS = PublicTraceImporters.all();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("azure-2019", "invocations_per_function_md.anon.d01.csv",
                        "HashOwner,HashApp,HashFunction,Trigger,1,2,3\n6cd9,25b9,a1ed,http,3,0,5\n"),
                Arguments.of("azure-2019", "renamed.csv",
                        "\uFEFF\"HashOwner\",\"HashApp\",\"HashFunction\",\"Trigger\",\"1\"\r\no,a,f,http,1\r\n"),
                Arguments.of("azure-2019", "function_durations_percentiles.anon.d01.csv",
                        "HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_0\n"),
                Arguments.of("azure-2019", "app_memory_percentiles.anon.d01.csv",
                        "HashOwner,HashApp,SampleCount,AverageAllocatedMb,AverageAllocatedMb_pct1\n"),
                Arguments.of("azure-2021", "AzureFunctionsInvocationTraceForTwoWeeksJan2021.txt",
                        "app,func,end_timestamp,duration\n7342,313c,5160.142570018768,0.134\n"),
                Arguments.of("azure-2021", "trace.csv", "app,func,end_timestamp,duration\r\n"),
                Arguments.of("huawei-2023", "requests_minute/day_00.csv", "day,time,0,1,2,3\n0,0,,,,6772\n"),
                Arguments.of("huawei-2023", "day_07.csv", "day,time,0,1,2,3\n7,604800,,,,6772\n"),
                Arguments.of("none", "metrics.json", "{\"MetricDataResults\": [{\"Id\": \"inv\", \"Label\":"
                        + " \"Invocations\", \"StatusCode\": \"Complete\", \"Timestamps\": [], \"Values\": []}]}"),
                Arguments.of("none", "stats.json", "{\"Label\": \"Invocations\", \"Datapoints\": [{\"Timestamp\":"
                        + " \"2026-03-02T10:01:00Z\", \"Sum\": 97.0, \"Unit\": \"Count\"}]}"),
                Arguments.of("none", "function.log", "START RequestId: 6f1c Version: $LATEST\nEND RequestId: 6f1c\n"
                        + "REPORT RequestId: 6f1c\tDuration: 118.04 ms\tBilled Duration: 119 ms\tMemory Size: 1024 MB"
                        + "\tMax Memory Used: 91 MB\t\n"),
                Arguments.of("none", "platform.json", "{\"time\":\"2026-03-02T10:01:07.112Z\",\"type\":"
                        + "\"platform.report\",\"record\":{\"requestId\":\"6f1c\"}}\n"),
                Arguments.of("none", "insights.csv", "@timestamp,@requestId,@duration,@billedDuration,@initDuration,"
                        + "@memorySize,@maxMemoryUsed\n2026-03-02 10:01:07.112,6f1c,118.04,119,,1024000000,91000000\n"),
                Arguments.of("none", "console.csv", "Time,Invocations,Duration\n2026-03-02 10:01:00,97,118.2\n"),
                Arguments.of("none", "faasnet.csv", "__time__,functionName,latency(s),runtime,memoryMB\n"),
                Arguments.of("none", "junk.csv", "\u001f\u008b\u0008\u0000\u0000\u0000\u0000\u0000\u0000\u0003xyz"),
                Arguments.of("none", "empty.csv", ""));
    }

    @ParameterizedTest(name = "{1} is {0}")
    @MethodSource("samples")
    void claimsItsOwnFormatAndNoOther(String expected, String fileName, String head) {
        for (TraceImporter importer : IMPORTERS) {
            double score = importer.detect(fileName, head);
            if (importer.id().equals(expected)) {
                assertThat(score).as(importer.id() + " on " + fileName).isGreaterThanOrEqualTo(0.9);
            } else {
                assertThat(score).as(importer.id() + " on " + fileName).isLessThanOrEqualTo(0.1);
            }
        }
    }

    @Test
    void prefersTheStandardFileNames() {
        AzureFunctions2019Importer azure2019 = new AzureFunctions2019Importer();
        String header = "HashOwner,HashApp,HashFunction,Trigger,1\n";
        assertThat(azure2019.detect("invocations_per_function_md.anon.d01.csv", header)).isEqualTo(1.0);
        assertThat(azure2019.detect("renamed.csv", header)).isEqualTo(0.95);

        HuaweiCloud2023Importer huawei = new HuaweiCloud2023Importer();
        String days = "day,time,0,1\n";
        assertThat(huawei.detect("data/requests_minute/day_00.csv", days)).isEqualTo(1.0);
        assertThat(huawei.detect("C:\\data\\requests_minute\\day_00.csv", days)).isEqualTo(1.0);
        assertThat(huawei.detect("day_00.csv", days)).isEqualTo(0.95);
        assertThat(huawei.detect("export.csv", days)).isEqualTo(0.9);
    }

    @Test
    void givesOnlyALowScoreToTheSameLayoutHoldingAnotherMetric() {
        assertThat(new HuaweiCloud2023Importer().detect("function_delay_minute/day_00.csv", "day,time,0,1\n"))
                .isEqualTo(0.3);
    }

    @Test
    void givesAnEmptyFileWithTheStandardNameAnEvenChance() {
        assertThat(new AzureFunctions2019Importer().detect("invocations_per_function_md.anon.d01.csv", ""))
                .isEqualTo(0.5);
        assertThat(new AzureFunctions2021Importer().detect("AzureFunctionsInvocationTraceForTwoWeeksJan2021.txt",
                "")).isEqualTo(0.5);
    }

    @Test
    void listsTheThreeImporters() {
        assertThat(IMPORTERS).extracting(TraceImporter::id).containsExactly("azure-2019", "azure-2021", "huawei-2023");
        assertThat(IMPORTERS).allSatisfy(i -> assertThat(i.description()).isNotBlank());
    }
}
