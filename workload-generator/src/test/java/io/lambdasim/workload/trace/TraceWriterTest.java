package io.lambdasim.workload.trace;

import static io.lambdasim.workload.trace.Traces.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceWriterTest {

    @TempDir
    Path dir;

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    /** 10,000 invocations of 7 functions at random times (many ties), each with a distinct duration as its id. */
    private static List<InvocationRecord> shuffledInvocations(int n) {
        SplittableRandom random = new SplittableRandom(7);
        List<InvocationRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(InvocationRecord.of(B + random.nextLong(5_000), "fn" + random.nextInt(7), i));
        }
        return out;
    }

    @Test
    void unsortedInputWithASmallRunSizeComesOutSortedAndComplete() throws IOException {
        Path file = dir.resolve("t.lstrace");
        List<InvocationRecord> in = shuffledInvocations(10_000);

        try (TraceWriter w = TraceWriter.to(file).runSize(1_000).open()) {
            in.forEach(w::invocation);
            w.commit();
        }
        List<InvocationRecord> out = Traces.readInvocations(file);

        // The documented order: start, then function; ties keep the order of delivery (durations increase).
        List<InvocationRecord> expected = new ArrayList<>(in);
        expected.sort(Comparator.comparingLong(InvocationRecord::startUs).thenComparing(InvocationRecord::function)
                .thenComparingLong(InvocationRecord::durationUs));
        assertThat(out).containsExactlyElementsOf(expected);
        assertThat(filesInDir()).as("no run files left").containsExactly(file);
    }

    @Test
    void moreRunsThanTheMergeFanInAreMergedInRounds() throws IOException {
        Path file = dir.resolve("t.csv");
        List<InvocationRecord> in = shuffledInvocations(3_000);

        try (TraceWriter w = TraceWriter.to(file).runSize(10).open()) { // 300 runs, more than 64
            in.forEach(w::invocation);
            w.commit();
        }

        List<InvocationRecord> expected = new ArrayList<>(in);
        expected.sort(Comparator.comparingLong(InvocationRecord::startUs).thenComparing(InvocationRecord::function)
                .thenComparingLong(InvocationRecord::durationUs));
        assertThat(Traces.noLines(Traces.readInvocations(file))).containsExactlyElementsOf(expected);
        assertThat(filesInDir()).containsExactly(file);
    }

    @Test
    void abortLeavesAnExistingTargetUntouchedAndNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("t.lstrace");
        Files.writeString(file, "the previous trace");

        TraceWriter w = TraceWriter.to(file).runSize(100).open();
        shuffledInvocations(1_000).forEach(w::invocation);
        assertThat(filesInDir()).as("runs were spilled").hasSizeGreaterThan(1);
        w.abort();

        assertThat(Files.readString(file)).isEqualTo("the previous trace");
        assertThat(filesInDir()).containsExactly(file);
        assertThatThrownBy(() -> w.invocation(InvocationRecord.of(B, "f", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("aborted");
    }

    @Test
    void closeWithoutCommitIsAnAbort() throws IOException {
        Path file = dir.resolve("t.lstrace");
        Files.writeString(file, "the previous trace");

        try (TraceWriter w = TraceWriter.to(file).runSize(100).open()) {
            shuffledInvocations(1_000).forEach(w::invocation);
        }

        assertThat(Files.readString(file)).isEqualTo("the previous trace");
        assertThat(filesInDir()).containsExactly(file);
    }

    @Test
    void commitReplacesAnExistingTarget() throws IOException {
        Path file = dir.resolve("t.lstrace");
        Files.writeString(file, "the previous trace");

        Traces.writeInvocations(file, List.of(InvocationRecord.of(B, "f", 1)));

        assertThat(Traces.readInvocations(file)).containsExactly(InvocationRecord.of(B, "f", 1));
        assertThat(filesInDir()).containsExactly(file);
    }

    @Test
    void nothingIsWrittenBeforeTheCommit() throws IOException {
        Path file = dir.resolve("t.lstrace");
        try (TraceWriter w = TraceWriter.open(file)) {
            w.invocation(InvocationRecord.of(B, "f", 1));
            assertThat(filesInDir()).isEmpty();
            w.commit();
        }
        assertThat(filesInDir()).containsExactly(file);
    }

    @Test
    void anAggregateInAnInvocationTraceIsRefusedNamingBothKinds() throws IOException {
        Path file = dir.resolve("t.lstrace");
        try (TraceWriter w = TraceWriter.open(file)) {
            w.invocation(new InvocationRecord(B, "f", 1, -1, -1, -1, -1, -1, -1, InvocationStatus.SUCCESS, null,
                    "a.log:1"));
            IntervalAggregate agg = new IntervalAggregate(B, 60_000_000, "f", 3, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, -1, -1, -1, -1, "cw.json:7");

            assertThatThrownBy(() -> w.aggregate(agg))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("t.lstrace holds invocations (the first from a.log:1); an interval aggregate of \"f\""
                            + " from cw.json:7 cannot be added: a trace holds one kind of record");
        }
    }

    @Test
    void anInvocationInATraceDeclaredAsAggregatesIsRefused() throws IOException {
        try (TraceWriter w = TraceWriter.to(dir.resolve("t.lstrace")).kind(TraceKind.AGGREGATES).open()) {
            assertThatThrownBy(() -> w.invocation(InvocationRecord.of(B, "f", 1)))
                    .hasMessageContaining("holds interval aggregates")
                    .hasMessageContaining("an invocation of \"f\"");
        }
    }

    @Test
    void exactDuplicatesAreKeptAndCounted() throws IOException {
        Path file = dir.resolve("t.lstrace");
        ImportReport report = new ImportReport();
        InvocationRecord retry = new InvocationRecord(B, "f", 10, -1, -1, -1, -1, -1, -1, InvocationStatus.ERROR,
                "req-1", null);
        InvocationRecord again = new InvocationRecord(B, "f", 12, -1, -1, -1, -1, -1, -1, InvocationStatus.SUCCESS,
                "req-1", null);
        try (TraceWriter w = TraceWriter.to(file).countDuplicatesIn(report).runSize(2).open()) {
            w.invocation(retry);
            w.invocation(InvocationRecord.of(B, "f", 11));      // no request id: never a duplicate
            w.invocation(InvocationRecord.of(B, "f", 11));
            w.invocation(InvocationRecord.of(B, "g", 10));
            w.invocation(again);
            w.invocation(new InvocationRecord(B, "f", 13, -1, -1, -1, -1, -1, -1, InvocationStatus.SUCCESS, "req-2",
                    null));
            w.commit();
            assertThat(w.duplicates()).isEqualTo(1);
        }

        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(Traces.readInvocations(file)).hasSize(6).contains(retry, again);
    }

    @Test
    void aggregatesOfTheSameFunctionAndIntervalAreDuplicates() throws IOException {
        ImportReport report = new ImportReport();
        try (TraceWriter w = TraceWriter.to(dir.resolve("a.lstrace")).countDuplicatesIn(report).open()) {
            w.aggregate(Traces.avgOnly(B, 60_000_000, "f", 3, 10));
            w.aggregate(Traces.avgOnly(B, 60_000_000, "g", 3, 10));
            w.aggregate(Traces.avgOnly(B, 60_000_000, "f", 3, 10));
            w.aggregate(Traces.avgOnly(B + 60_000_000, 60_000_000, "f", 3, 10));
            w.commit();
        }
        assertThat(report.duplicates()).isEqualTo(1);
    }

    @Test
    void anOutOfRangeFieldIsRefusedNamingLineAndField() throws IOException {
        try (TraceWriter w = TraceWriter.open(dir.resolve("t.lstrace"))) {
            InvocationRecord bad = new InvocationRecord(B, "f", 1, -7, -1, -1, -1, -1, -1, InvocationStatus.UNKNOWN,
                    null, "x.log:12");

            assertThatThrownBy(() -> w.invocation(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("x.log:12: initUs: -7 (must be -1 for unknown, or at least 0)");
            IntervalAggregate negative = Traces.avgOnly(B, 60_000_000, "f", 1, -3);
            assertThatThrownBy(() -> w.aggregate(negative)).hasMessageContaining("avgDurationMs: -3.0");
            assertThat(w.records()).isZero();
        }
    }

    @Test
    void theMemoryOfAFunctionIsKnownOnlyWhenAllItsRecordsAgree() throws IOException {
        Path file = dir.resolve("t.lstrace");
        TraceHeader h = Traces.writeInvocations(file, List.of(
                mem(B, "same", 512), mem(B + 1, "same", 512),
                mem(B, "differs", 512), mem(B + 1, "differs", 1024),
                mem(B, "partly", 512), mem(B + 1, "partly", -1)));

        assertThat(h.functions()).extracting(TraceFunction::name, TraceFunction::memoryMb).containsExactly(
                org.assertj.core.groups.Tuple.tuple("differs", -1),
                org.assertj.core.groups.Tuple.tuple("partly", -1),
                org.assertj.core.groups.Tuple.tuple("same", 512));
        assertThat(Traces.readInvocations(file)).extracting(InvocationRecord::memoryMb)
                .containsExactlyInAnyOrder(512, 512, 512, 1024, 512, -1);
    }

    private static InvocationRecord mem(long start, String f, int memoryMb) {
        return new InvocationRecord(start, f, 1, -1, -1, -1, -1, memoryMb, -1, InvocationStatus.UNKNOWN, null, null);
    }

    /** Bounded memory: 3 million records through runs of 100,000 (30 runs on disk, one 30-way merge). */
    @Test
    void threeMillionRecordsGoThroughRunsOfAHundredThousand() throws IOException {
        Path file = dir.resolve("big.lstrace");
        int n = 3_000_000;
        String[] names = {"a", "b", "c", "d", "e", "f", "g", "h"};
        long durationSum = 0;
        try (TraceWriter w = TraceWriter.to(file).runSize(100_000).open()) {
            SplittableRandom random = new SplittableRandom(3);
            for (int i = 0; i < n; i++) {
                long duration = random.nextLong(1, 10_000_000);
                durationSum += duration;
                w.invocation(InvocationRecord.of(B + random.nextLong(86_400_000_000L), names[i & 7], duration));
            }
            assertThat(w.commit().records()).isEqualTo(n);
        }

        long count = 0;
        long sum = 0;
        long outOfOrder = 0;
        long previous = Long.MIN_VALUE;
        try (TraceReader r = TraceReader.open(file)) {
            for (InvocationRecord rec = r.nextInvocation(); rec != null; rec = r.nextInvocation()) {
                outOfOrder += rec.startUs() < previous ? 1 : 0;
                previous = rec.startUs();
                sum += rec.durationUs();
                count++;
            }
        }
        assertThat(outOfOrder).isZero();
        assertThat(count).isEqualTo(n);
        assertThat(sum).isEqualTo(durationSum);
        assertThat(filesInDir()).containsExactly(file);
    }
}
