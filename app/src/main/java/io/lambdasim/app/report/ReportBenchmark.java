package io.lambdasim.app.report;

import io.lambdasim.model.scenario.ScenarioReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the report of a scenario: the simulations once, then {@code N} PDF writes of the same model ("the report
 * after the simulation"). {@code scripts/report-bench [SCENARIO.json] [N]}; results in docs/PERFORMANCE.md.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path scenario = Path.of(args.length > 0 ? args[0] : "examples/api-lambda-vs-ec2.json");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long t0 = System.nanoTime();
        ReportModel model = ReportModelBuilder.build(ScenarioReader.read(scenario), LocalDate.of(2026, 11, 26),
                Runtime.getRuntime().availableProcessors(), ReportProgress.NONE);
        long simulated = System.nanoTime() - t0;
        double[] ms = new double[n];
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfReportWriter(model, Paper.A4).write(out);
            ms[i] = (System.nanoTime() - t) / 1e6;
            bytes = out.size();
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "scenario %s%nsimulations and model: %.0f ms%n", scenario, simulated / 1e6);
        System.out.printf(Locale.ROOT, "PDF (%,d bytes), %d runs: first %.0f ms, median %.0f ms, max %.0f ms%n",
                bytes, n, ms[0], sorted[n / 2], sorted[n - 1]);
    }
}
