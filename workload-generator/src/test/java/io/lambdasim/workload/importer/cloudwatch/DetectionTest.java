package io.lambdasim.workload.importer.cloudwatch;

import static io.lambdasim.workload.importer.cloudwatch.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.workload.trace.TraceFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** detect(): high for its own format, low for the other two, zero for logs, traces and other JSON. */
class DetectionTest {

    private final GetMetricDataImporter data = new GetMetricDataImporter();
    private final GetMetricStatisticsImporter statistics = new GetMetricStatisticsImporter();
    private final ConsoleCsvImporter csv = new ConsoleCsvImporter();

    private static String head(String fixture) throws IOException {
        return new String(Files.readAllBytes(path(fixture)), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"get-metric-data-two-functions.json", "orders-api.json", "mixed-offsets.json"})
    void scoresGetMetricDataOutputAsGetMetricData(String fixture) throws IOException {
        String head = head(fixture);
        assertThat(data.detect(fixture, head)).isGreaterThanOrEqualTo(0.9);
        assertThat(statistics.detect(fixture, head)).isZero();
        assertThat(csv.detect(fixture, head)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders-api.invocations.json", "orders-api.duration.json"})
    void scoresGetMetricStatisticsOutputAsGetMetricStatistics(String fixture) throws IOException {
        String head = head(fixture);
        assertThat(statistics.detect(fixture, head)).isGreaterThanOrEqualTo(0.9);
        assertThat(data.detect(fixture, head)).isZero();
        assertThat(csv.detect(fixture, head)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"console-export.csv", "console-export-semicolon.csv", "payments.duration.csv"})
    void scoresConsoleCsvAsConsoleCsv(String fixture) throws IOException {
        String head = head(fixture);
        assertThat(csv.detect(fixture, head)).isGreaterThanOrEqualTo(0.8);
        assertThat(data.detect(fixture, head)).isZero();
        assertThat(statistics.detect(fixture, head)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a Lambda log with REPORT lines
        "START RequestId: 6f1c Version: $LATEST\nEND RequestId: 6f1c\nREPORT RequestId: 6f1c\tDuration: 118.04 ms\t"
                + "Billed Duration: 119 ms\tMemory Size: 1024 MB\tMax Memory Used: 91 MB\t\n",
        // JSON log format
        "{\"time\":\"2026-03-02T10:01:07.112Z\",\"type\":\"platform.report\",\"record\":{\"requestId\":\"6f1c\","
                + "\"metrics\":{\"durationMs\":118.04,\"billedDurationMs\":119},\"status\":\"success\"}}\n",
        // aws logs filter-log-events
        "{\"events\":[{\"logStreamName\":\"s\",\"timestamp\":1772445667112,\"message\":\"REPORT RequestId: 6f1c\"}],"
                + "\"nextToken\":\"x\"}",
        // Logs Insights CSV
        "@timestamp,@requestId,@duration,@billedDuration,@initDuration,@memorySize,@maxMemoryUsed\n"
                + "2026-03-02 10:01:07.112,6f1c,118.04,119,,1024000000,91000000\n",
        // Azure Functions 2019 invocations and durations
        "HashOwner,HashApp,HashFunction,Trigger,1,2,3\n7b2c,9f01,a3d4,http,0,3,1\n",
        "HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum\n7b2c,9f01,a3d4,118.5,1440,12,931\n",
        // Azure Functions 2021: a "duration" column but no time column
        "app,func,end_timestamp,duration\n7b2c,a3d4,0.512,0.118\n",
        // Huawei 2023 and Alibaba FaaSNet
        "day,time,0,1,2\n0,0,3,,1\n",
        "__time__,functionName,latency(s),runtime,memoryMB\n1772445667,f1,0.118,python3.12,1024\n",
        // nothing
        ""
    })
    void scoresLogsTracesAndOtherJsonZeroOrNearly(String head) {
        assertThat(data.detect("x", head)).isZero();
        assertThat(statistics.detect("x", head)).isZero();
        assertThat(csv.detect("x", head)).isLessThan(0.1);
    }

    @Test
    void scoresBinaryDataZero() throws IOException {
        String head = head("junk.bin");
        assertThat(data.detect("junk.bin", head)).isZero();
        assertThat(statistics.detect("junk.bin", head)).isZero();
        assertThat(csv.detect("junk.bin", head)).isZero();
    }

    @Test
    void picksTheImporterOfEachFileByItsContent() throws IOException {
        assertThat(CloudWatchImport.detect(path("orders-api.json")).id()).isEqualTo("cloudwatch-get-metric-data");
        assertThat(CloudWatchImport.detect(path("orders-api.duration.json")).id())
                .isEqualTo("cloudwatch-get-metric-statistics");
        assertThat(CloudWatchImport.detect(path("console-export.csv")).id()).isEqualTo("cloudwatch-console-csv");
    }

    @Test
    void refusesAFileNoCloudWatchImporterRecognises() {
        assertThatThrownBy(() -> CloudWatchImport.detect(path("log-events.json")))
                .isExactlyInstanceOf(TraceFormatException.class)
                .hasMessage("log-events.json: not a CloudWatch export; expected the JSON output of aws cloudwatch "
                        + "get-metric-data, the JSON output of aws cloudwatch get-metric-statistics, or a CSV "
                        + "downloaded from a CloudWatch console graph (a time column, then one column per metric)");
    }
}
