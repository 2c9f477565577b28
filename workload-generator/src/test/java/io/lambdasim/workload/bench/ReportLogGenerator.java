package io.lambdasim.workload.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Lambda log of a given size for the import benchmark ({@code scripts/bench-import}): lines as
 * {@code aws logs tail} prints them (timestamp, log stream, message), each invocation a START, an application line,
 * an END and a REPORT line (cold ones with INIT_START and Init Duration), seeded so every run writes the same file.
 *
 * <p>Usage: {@code ReportLogGenerator OUT.log SIZE_MB}
 */
public final class ReportLogGenerator {

    private ReportLogGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        SplittableRandom rnd = new SplittableRandom(1);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        long t = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli() * 1000;
        long written = 0;
        long invocations = 0;
        String stream = "2026/03/02/[$LATEST]6a3f0c1e9b2d4f7a8c5e1d3b9f0a2c4e";
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(1024);
            while (written < bytes) {
                t += 1 + (long) (-Math.log(1 - rnd.nextDouble()) * 20_000); // 50 a second on average
                String id = String.format(Locale.ROOT, "%08x-%04x-4%03x-8%03x-%012x", rnd.nextInt(), rnd.nextInt(1 << 16),
                        rnd.nextInt(1 << 12), rnd.nextInt(1 << 12), rnd.nextLong(1L << 48));
                boolean cold = rnd.nextInt(100) == 0;
                double duration = Math.round(Math.exp(4 + rnd.nextDouble() * 2) * 100) / 100.0;
                double init = Math.round((200 + rnd.nextDouble() * 300) * 100) / 100.0;
                String start = ts.format(Instant.ofEpochSecond(0, t * 1000));
                long endUs = t + (long) (duration * 1000) + (cold ? (long) (init * 1000) : 0);
                String end = ts.format(Instant.ofEpochSecond(0, endUs * 1000));
                sb.setLength(0);
                if (cold) {
                    sb.append(start).append(' ').append(stream)
                            .append(" INIT_START Runtime Version: nodejs:20.v27\tRuntime Version ARN: arn:aws:lambda:"
                                    + "us-east-1::runtime:0d2c7f8e\n");
                }
                sb.append(start).append(' ').append(stream).append(" START RequestId: ").append(id)
                        .append(" Version: $LATEST\n");
                sb.append(start).append(' ').append(stream).append(" INFO\torder received {\"orderId\":\"A-")
                        .append(invocations).append("\"}\n");
                sb.append(end).append(' ').append(stream).append(" END RequestId: ").append(id).append('\n');
                sb.append(end).append(' ').append(stream).append(" REPORT RequestId: ").append(id)
                        .append("\tDuration: ").append(String.format(Locale.ROOT, "%.2f", duration))
                        .append(" ms\tBilled Duration: ").append((long) Math.ceil(duration + (cold ? init : 0)))
                        .append(" ms\tMemory Size: 1024 MB\tMax Memory Used: ").append(80 + rnd.nextInt(40))
                        .append(" MB\t");
                if (cold) {
                    sb.append("Init Duration: ").append(String.format(Locale.ROOT, "%.2f", init)).append(" ms\t");
                }
                sb.append('\n');
                w.append(sb);
                written += sb.length();
                invocations++;
            }
        }
        System.out.println(out + ": " + written + " bytes, " + invocations + " invocations");
    }
}
