package io.lambdasim.app.report;

import io.lambdasim.model.scenario.ScenarioReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the report of a scenario: the model once, split by phase (the designs' simulations, the break-even sweep, the
 * recommendations), then {@code N} PDF writes of the same model ("the report after the simulation": layout, charts and
 * fonts, no simulation). {@code scripts/report-bench [SCENARIO.json] [N]}; results in docs/PERFORMANCE.md.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path scenario = Path.of(args.length > 0 ? args[0] : "examples/api-lambda-vs-ec2.json");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long[] marks = new long[3];
        long t0 = System.nanoTime();
        ReportModel model = ReportModelBuilder.build(ScenarioReader.read(scenario), LocalDate.of(2026, 11, 26),
                Runtime.getRuntime().availableProcessors(), new ReportProgress() {
                    @Override
                    public synchronized void progress(double fraction, String step) {
                        int phase = step.startsWith("break-even") ? 0 : step.startsWith("recommendations") ? 1
                                : step.startsWith("writing") ? 2 : -1;
                        if (phase >= 0 && marks[phase] == 0) {
                            marks[phase] = System.nanoTime();
                        }
                    }
                });
        long end = System.nanoTime();
        long breakEvenStart = marks[0] == 0 ? (marks[1] == 0 ? marks[2] : marks[1]) : marks[0];
        long recommendStart = marks[1] == 0 ? marks[2] : marks[1];
        double[] ms = new double[n];
        double[] cpu = new double[n];
        java.lang.management.ThreadMXBean threadsBean = java.lang.management.ManagementFactory.getThreadMXBean();
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            long c = threadsBean.getCurrentThreadCpuTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfReportWriter(model, Paper.A4).write(out);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threadsBean.getCurrentThreadCpuTime() - c) / 1e6;
            bytes = out.size();
        }
        double[] cpuSorted = cpu.clone();
        Arrays.sort(cpuSorted);
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "scenario %s (%d cores)%n", scenario, Runtime.getRuntime()
                .availableProcessors());
        System.out.printf(Locale.ROOT, "model: %.0f ms = designs %.0f ms + break-even %.0f ms + recommendations "
                        + "%.0f ms + method and prices %.0f ms%n", (end - t0) / 1e6, (breakEvenStart - t0) / 1e6,
                (recommendStart - breakEvenStart) / 1e6, (marks[2] - recommendStart) / 1e6, (end - marks[2]) / 1e6);
        System.out.printf(Locale.ROOT, "PDF (%,d bytes), %d runs: first %.0f ms, median %.0f ms, max %.0f ms%n",
                bytes, n, ms[0], sorted[n / 2], sorted[n - 1]);
        System.out.printf(Locale.ROOT, "PDF CPU time of the writing thread (JIT and GC threads not counted):"
                + " first %.0f ms, median %.0f ms%n", cpu[0], cpuSorted[n / 2]);
        System.out.printf(Locale.ROOT, "load average while running: %.1f%n", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
