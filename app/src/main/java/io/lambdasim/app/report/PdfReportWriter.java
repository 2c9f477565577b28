package io.lambdasim.app.report;

import io.lambdasim.app.report.ReportModel.BillRow;
import io.lambdasim.app.report.ReportModel.DesignSection;
import io.lambdasim.app.report.ReportModel.Estimate;
import io.lambdasim.app.report.ReportModel.Percentile;
import io.lambdasim.app.report.ReportModel.PriceRow;
import io.lambdasim.model.compare.Comparison;
import io.lambdasim.pricedata.files.AtomicFiles;
import io.lambdasim.workload.time.TimeSpans;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link ReportModel} as a PDF: title page, contents, executive summary, workload, one section per design,
 * comparison and break-even, method and caveats, appendix with the price table. Fonts are embedded, charts are
 * vectors, every page but the title is numbered, and the outline mirrors the contents. Written atomically.
 */
public final class PdfReportWriter {

    private final ReportModel model;
    private final Paper paper;
    private ReportFonts fonts;

    public PdfReportWriter(ReportModel model, Paper paper) {
        this.model = model;
        this.paper = paper;
    }

    /**
     * Writes the report to {@code target} through a temporary file in the same directory, moved into place only when
     * complete: a failure leaves {@code target} as it was. An existing {@code target} is replaced only with
     * {@code overwrite}.
     *
     * @throws FileAlreadyExistsException if {@code target} exists and {@code overwrite} is false
     */
    public void write(Path target, boolean overwrite) throws IOException {
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target + ": already exists (use --force to replace it)");
        }
        AtomicFiles.write(target.toAbsolutePath(), this::write);
    }

    /** Writes the report's PDF to {@code out}. */
    public void write(OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            fonts = new ReportFonts(doc);
            PdfCanvas c = new PdfCanvas(doc, paper.size(), fonts);
            info(doc);
            titlePage(c, fonts);
            c.newPage();
            PDPage tocPage = doc.getPage(1);
            c.closeStream();
            executiveSummary(c);
            workload(c);
            int i = 1;
            for (DesignSection d : model.designs()) {
                design(c, d, i++);
            }
            comparison(c);
            recommendations(c);
            method(c);
            appendix(c);
            c.closeStream();
            contents(c, fonts, tocPage);
            c.pageNumbers("LambdaSim report: " + model.title().scenario());
            doc.save(out);
        }
    }

    private void info(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("LambdaSim cost report: " + model.title().scenario());
        info.setCreator("LambdaSim " + model.title().version());
        info.setProducer("LambdaSim " + model.title().version() + " (Apache PDFBox)");
        Calendar date = GregorianCalendar.from(model.title().reportDate().atStartOfDay(ZoneOffset.UTC));
        date.setTimeZone(TimeZone.getTimeZone("UTC"));
        info.setCreationDate(date);
    }

    // ---------------------------------------------------------------- sections

    private void titlePage(PdfCanvas c, ReportFonts fonts) throws IOException {
        c.newPage();
        ReportModel.Title t = model.title();
        c.space(120);
        c.paragraph("LambdaSim cost report", fonts.regular(), 13, 0);
        c.space(4);
        c.paragraph(t.scenario(), fonts.bold(), 22, 0);
        c.space(16);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Report date", t.reportDate().toString()});
        rows.add(new String[] {"Region", t.region()});
        rows.add(new String[] {"Price edition", t.editionId() + ", in force from " + t.editionDate()
                + " (price date " + t.priceDate() + ")"});
        rows.add(new String[] {"Seed", Long.toString(t.seed())});
        rows.add(new String[] {"Replications", Integer.toString(t.replications())});
        rows.add(new String[] {"Simulated horizon", t.horizon() + " (warm-up " + t.warmup() + "), priced as a "
                + "730-hour month"});
        rows.add(new String[] {"LambdaSim version", t.version()});
        c.table(new float[] {0.28f, 0.72f}, new boolean[] {false, false}, null, rows, false);
        if (!t.description().isBlank()) {
            c.space(8);
            c.paragraph(t.description());
        }
    }

    private void contents(PdfCanvas c, ReportFonts fonts, PDPage tocPage) throws IOException {
        try (PDPageContentStream s = new PDPageContentStream(c.document(), tocPage,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            float y = c.size().getHeight() - PdfCanvas.MARGIN - 17;
            show(s, fonts.bold(), 17, PdfCanvas.MARGIN, y, "Contents", fonts);
            y -= 30;
            for (PdfCanvas.TocEntry e : c.toc()) {
                PDType0Font f = e.level() == 1 ? fonts.bold() : fonts.regular();
                float size = e.level() == 1 ? 10.5f : 9.5f;
                float x = PdfCanvas.MARGIN + (e.level() == 1 ? 0 : 16);
                String page = Integer.toString(e.pageIndex() + 1);
                show(s, f, size, x, y, e.text(), fonts);
                float right = c.size().getWidth() - PdfCanvas.MARGIN;
                show(s, f, size, right - fonts.width(f, size, page), y, page, fonts);
                y -= e.level() == 1 ? 17 : 13.5f;
                if (y < PdfCanvas.MARGIN + 30) {
                    break;
                }
            }
        }
    }

    private static void show(PDPageContentStream s, PDType0Font f, float size, float x, float y, String text,
                             ReportFonts fonts) throws IOException {
        s.beginText();
        s.setFont(f, size);
        s.newLineAtOffset(x, y);
        s.showText(fonts.printable(text));
        s.endText();
    }

    private void executiveSummary(PdfCanvas c) throws IOException {
        Comparison cmp = model.comparison();
        c.heading(1, "1. Executive summary");
        String objective = (cmp.objective().p99LatencyUs().isPresent()
                ? "a p99 latency of at most " + TimeSpans.format(cmp.objective().p99LatencyUs().getAsLong()) : "no "
                + "latency bound") + ", with at most " + pct(cmp.objective().maxFailedShare())
                + " of requests throttled or not served";
        c.paragraph("The objective is " + objective + ". Every design served the same requests with the same "
                + "durations; each cost below is the bill of a 730-hour month at the simulated traffic.");
        List<String[]> rows = new ArrayList<>();
        for (DesignSection d : model.designs()) {
            rows.add(new String[] {d.name(), d.type(), usd(d.monthlyCostUsd()), d.meetsObjective() ? "yes" : "no",
                d.verdict()});
        }
        c.table(new float[] {0.22f, 0.09f, 0.14f, 0.1f, 0.45f}, new boolean[] {false, false, true, false, false},
                new String[] {"Design", "Type", "USD a month", "Meets", "Verdict"}, rows, false);
        c.paragraph(cmp.cheapestMeetingObjective().map(n -> "Cheapest design that meets the objective: " + n + ", at "
                + usd(cmp.design(n).monthlyCostUsd()) + " a month.")
                .orElse("No design meets the objective."), fonts.bold(), 10.5f, 0);
        c.chart(ReportCharts.monthlyCosts(model.designs()), 50 + 18 * model.designs().size());
        c.heading(2, "Main recommendation");
        recommendation(c);
        c.heading(2, "Break-even traffic");
        breakEvenSummary(c);
    }

    /** The break-even traffic with today's traffic marked, or why the report has none. */
    private void breakEvenSummary(PdfCanvas c) throws IOException {
        if (model.breakEven().result().isEmpty()) {
            c.paragraph(model.breakEven().note());
            return;
        }
        ReportModel.BreakEven b = model.breakEven().result().get();
        c.paragraph(String.format(Locale.ROOT, "Today's traffic: %,d requests a month (%,.2f a second on average).",
                b.currentRequestsPerMonth(), b.currentRequestsPerSecond()));
        if (b.crossings().isEmpty()) {
            c.paragraph("No Lambda design and fleet cost the same anywhere from " + b.sweep().split(" today")[0]
                    + " today's traffic: the cheaper one stays cheaper over the whole range (section 4).");
        }
        for (ReportModel.CrossingRow x : b.crossings()) {
            c.bullet(String.format(Locale.ROOT, "%s and %s cost the same at %,d requests a month (%,.2f a second, "
                            + "%s× today's traffic): %s.", x.lambdaDesign(), x.otherDesign(), x.requestsPerMonth(),
                    x.requestsPerSecond(), factor(x.factor()), x.cheaper()));
        }
        c.chart(ReportCharts.breakEven(b), 200);
    }

    /** The main recommendation and its saving; says why there is none. */
    private void recommendation(PdfCanvas c) throws IOException {
        if (model.main().isPresent()) {
            ReportModel.MainRecommendation r = model.main().get();
            c.paragraph(r.text() + ".", fonts.bold(), 10f, 0);
            c.paragraph("Saving: " + usd(r.monthlySavingUsd()) + " a month against the function as configured "
                    + "(section 5 gives every recommendation with its saving).");
        } else if (model.recommendations().result().isPresent()) {
            c.paragraph("No recommendation saves money: the memory size and provisioned concurrency as configured "
                    + "already cost least among those that meet the objective (section 5).");
        } else {
            c.paragraph(model.recommendations().note());
        }
    }

    private void workload(PdfCanvas c) throws IOException {
        c.heading(1, "2. Workload");
        for (ReportModel.Workload w : model.workloads()) {
            c.heading(2, "Function " + w.function());
            c.paragraph("Source: " + w.source() + (Double.isNaN(w.meanRatePerSecond()) ? ""
                    : String.format(Locale.ROOT, "; mean rate %,.2f requests a second (%,.0f a month of 730 hours)",
                    w.meanRatePerSecond(), w.meanRatePerSecond() * 730 * 3600)) + ".");
            if (!w.trace().isEmpty()) {
                c.table(new float[] {0.18f, 0.82f}, new boolean[] {false, false}, new String[] {"Imported trace",
                    ""}, w.trace(), false);
            }
            c.paragraph("Duration distribution: " + w.durationSpec() + ". Its percentiles (ms), from the distribution "
                    + "itself:");
            percentiles(c, w.durationMs());
            if (w.ratePerSecond().length > 0) {
                c.chart(ReportCharts.arrivalRate(w), 190);
            } else {
                c.paragraph("No arrival-rate series: the function is simulated together with others.");
            }
        }
    }

    private void design(PdfCanvas c, DesignSection d, int index) throws IOException {
        c.heading(1, "3." + index + " Design: " + d.name());
        c.paragraph(d.description() + ". " + (d.meetsObjective() ? "Meets the objective: " : "Does not meet the "
                + "objective: ") + d.verdict() + ".");
        c.heading(2, "Configuration");
        c.table(new float[] {0.35f, 0.65f}, new boolean[] {false, false}, new String[] {"Setting", "Value"},
                d.configuration(), false);
        c.heading(2, "Monthly bill (730 hours)");
        List<String[]> rows = new ArrayList<>();
        for (BillRow r : d.bill()) {
            rows.add(new String[] {r.item(), qty(r.quantity()), r.unit(), r.unitPrice(), money(r.usd())});
        }
        rows.add(new String[] {"Total", "", "", "", money(d.billTotal())});
        c.table(new float[] {0.24f, 0.14f, 0.19f, 0.30f, 0.13f}, new boolean[] {false, true, false, false, true},
                new String[] {"Item", "Quantity", "Unit", "Unit price (USD)", "Amount (USD)"}, rows, true);
        if (d.billTotal().compareTo(d.monthlyCostUsd()) != 0) {
            c.paragraph("The lines above are the first replication's; the monthly cost of the design, "
                    + usd(d.monthlyCostUsd()) + ", is the mean over the replications.");
        }
        c.chart(ReportCharts.costBreakdown(d), 60 + 22 * d.bill().size());
        c.heading(2, "Behaviour");
        List<String[]> b = new ArrayList<>();
        if (d.isLambda()) {
            b.add(new String[] {"Cold starts per request served", pct(d.coldStartShare())});
        }
        b.add(new String[] {"Requests " + d.failedLabel(), pct(d.failedShare())});
        c.table(new float[] {0.5f, 0.5f}, new boolean[] {false, true}, new String[] {"Rate", "Share"}, b, false);
        c.paragraph("Latency from arrival to end of the request (ms; INIT, retries and queueing included):");
        percentiles(c, d.latencyMs());
        if (!d.estimates().isEmpty()) {
            List<String[]> e = new ArrayList<>();
            for (Estimate x : d.estimates()) {
                e.add(new String[] {x.name(), num(x.mean(), x.unit()), "± " + num(x.ci95HalfWidth(), x.unit())});
            }
            c.table(new float[] {0.4f, 0.3f, 0.3f}, new boolean[] {false, true, true},
                    new String[] {"Figure", "Mean", "95 % half-width"}, e, false);
        }
        for (String w : d.warnings()) {
            c.paragraph("Warning: " + w);
        }
        c.chart(ReportCharts.concurrency(d), 210);
        c.chart(ReportCharts.events(d), 170);
    }

    private void comparison(PdfCanvas c) throws IOException {
        Comparison cmp = model.comparison();
        c.heading(1, "4. Comparison and break-even");
        List<String[]> rows = new ArrayList<>();
        for (DesignSection d : model.designs()) {
            rows.add(new String[] {d.name(), usd(d.monthlyCostUsd()), d.isLambda() ? pct(d.coldStartShare()) : "-",
                pct(d.failedShare()), ms(d, "p50"), ms(d, "p99"), d.meetsObjective() ? "yes" : "no"});
        }
        c.table(new float[] {0.24f, 0.14f, 0.12f, 0.14f, 0.12f, 0.12f, 0.12f},
                new boolean[] {false, true, true, true, true, true, false},
                new String[] {"Design", "USD a month", "Cold starts", "Throttled or unserved", "p50 ms", "p99 ms",
                    "Meets objective"}, rows, false);
        c.paragraph("Cheapest design that meets the objective: " + cmp.cheapestMeetingObjective().orElse("none") + ".");
        c.heading(2, "Break-even");
        breakEvenChart(c);
    }

    /** The break-even chart, its crossings and the closed forms; or why the report has none. */
    private void breakEvenChart(PdfCanvas c) throws IOException {
        if (model.breakEven().result().isEmpty()) {
            c.paragraph(model.breakEven().note());
            return;
        }
        ReportModel.BreakEven b = model.breakEven().result().get();
        c.paragraph("Every design was simulated and priced again at scaled copies of the scenario's traffic (same "
                + "shape, same seed): " + b.sweep() + ". Points marked with a cross miss the objective at that "
                + "traffic; the dashed vertical line is today's traffic.");
        c.chart(ReportCharts.breakEven(b), 232);
        if (b.crossings().isEmpty()) {
            c.paragraph("No Lambda design and fleet cost the same in the swept range.");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (ReportModel.CrossingRow x : b.crossings()) {
                rows.add(new String[] {x.lambdaDesign() + " / " + x.otherDesign(), String.format(Locale.ROOT, "%,d",
                        x.requestsPerMonth()), String.format(Locale.ROOT, "%,.2f", x.requestsPerSecond()),
                    factor(x.factor()) + "×", money(x.lambdaUsd()) + " / " + money(x.otherUsd()), x.cheaper()
                        + (x.refined() ? "" : " (read off the curves)")});
            }
            c.table(new float[] {0.25f, 0.14f, 0.09f, 0.08f, 0.15f, 0.29f},
                    new boolean[] {false, true, true, true, true, false},
                    new String[] {"Lambda / fleet", "Requests a month", "Req/s", "Today", "USD a month",
                        "Cheaper"}, rows, false);
        }
        c.heading(2, "Closed forms at these prices");
        for (String s : b.closedForms()) {
            c.bullet(s);
        }
    }

    private void recommendations(PdfCanvas c) throws IOException {
        c.heading(1, "5. Recommendations");
        if (model.recommendations().result().isEmpty()) {
            c.paragraph(model.recommendations().note());
            return;
        }
        c.paragraph("Each function is simulated alone on the scenario's traffic with each candidate configuration "
                + "(same requests, same seed); costs are for a 730-hour month and savings are against the function "
                + "as configured (docs/recommendations.md).");
        for (ReportModel.FunctionRecommendations f : model.recommendations().result().get()) {
            c.heading(2, "Memory for function " + f.function() + " (Power Tuning)");
            c.paragraph("Durations scale with the memory's share of a vCPU: " + f.settings() + ".");
            List<String[]> rows = new ArrayList<>();
            for (ReportModel.MemoryRow m : f.curve()) {
                String mark = m.recommended() && m.current() ? "current and recommended" : m.recommended()
                        ? "recommended" : m.current() ? "current" : m.meetsObjective() ? "" : "misses objective";
                rows.add(new String[] {String.format(Locale.ROOT, "%,d", m.memoryMb()), decimal(m.avgMs()),
                    decimal(m.p99Ms()), pct(m.coldStartShare()), money(m.usd()), mark});
            }
            c.table(new float[] {0.14f, 0.14f, 0.14f, 0.14f, 0.16f, 0.28f},
                    new boolean[] {true, true, true, true, true, false},
                    new String[] {"Memory MB", "Avg ms", "p99 ms", "Cold starts", "USD a month", ""}, rows, false);
            c.chart(ReportCharts.memoryCurve(f, model.comparison().objective().p99LatencyUs().isPresent()
                    ? java.util.OptionalDouble.of(model.comparison().objective().p99LatencyUs().getAsLong() / 1000.0)
                    : java.util.OptionalDouble.empty()), 175);
            c.paragraph(String.format(Locale.ROOT, "Recommended memory: %,d MB (%s); %s a month against %,d MB "
                            + "(%s to %s).", f.recommendedMb(), f.memoryReason(), saving(f.memorySavingUsd()),
                    f.currentMb(), usd(f.currentUsd()), usd(f.recommendedUsd())), fonts.bold(), BODY_SIZE, 0);
            c.heading(2, "Provisioned concurrency for function " + f.function());
            if (f.pc().result().isEmpty()) {
                c.paragraph(f.pc().note());
                continue;
            }
            ReportModel.PcSummary p = f.pc().result().get();
            List<String[]> pc = new ArrayList<>();
            pc.add(new String[] {"as configured", pct(p.currentColdStartShare()), money(p.currentUsd())});
            pc.add(new String[] {"recommended: " + p.recommendedPlan().orElse("none meets the objective"),
                pct(p.recommendedColdStartShare()), money(p.recommendedUsd())});
            c.table(new float[] {0.5f, 0.25f, 0.25f}, new boolean[] {false, true, true},
                    new String[] {String.format(Locale.ROOT, "At %,d MB, cold starts at most %s", p.memoryMb(),
                            pct(p.maxColdStartShare())), "Cold starts", "USD a month"}, pc, false);
            c.paragraph(p.recommendedPlan().map(plan -> "Recommended: " + plan + " (" + p.reason() + "); "
                    + saving(p.savingUsd()) + " a month.").orElse(p.reason() + "."), fonts.bold(), BODY_SIZE, 0);
        }
    }

    private void method(PdfCanvas c) throws IOException {
        ReportModel.Method m = model.method();
        c.heading(1, "6. Method and caveats");
        c.heading(2, "Billing rules in force");
        for (String s : m.rules()) {
            c.bullet(s);
        }
        c.heading(2, "What the model includes");
        for (String s : m.includes()) {
            c.bullet(s);
        }
        c.heading(2, "What it leaves out");
        for (String s : m.leavesOut()) {
            c.bullet(s);
        }
        c.heading(2, "Assumptions and confidence");
        for (String s : m.assumptions()) {
            c.bullet(s);
        }
    }

    private void appendix(PdfCanvas c) throws IOException {
        c.heading(1, "Appendix: price table");
        c.paragraph("Every rate used, with its source. Rates marked 'no' in the verified column were not checked "
                + "against an official AWS source.");
        List<String[]> rows = new ArrayList<>();
        for (PriceRow p : model.prices()) {
            rows.add(new String[] {p.item(), p.price(), p.source(), p.verified() ? "yes" : "no"});
        }
        c.table(new float[] {0.27f, 0.25f, 0.38f, 0.1f}, new boolean[] {false, false, false, false},
                new String[] {"Rate", "Price", "Source", "Verified"}, rows, false);
    }

    // ---------------------------------------------------------------- formatting

    private void percentiles(PdfCanvas c, List<Percentile> p) throws IOException {
        String[] head = new String[p.size()];
        String[] row = new String[p.size()];
        float[] w = new float[p.size()];
        boolean[] right = new boolean[p.size()];
        for (int i = 0; i < p.size(); i++) {
            head[i] = p.get(i).label();
            row[i] = Double.isNaN(p.get(i).value()) || Double.isInfinite(p.get(i).value()) ? "-"
                    : String.format(Locale.ROOT, "%,.1f", p.get(i).value());
            w[i] = 1f / p.size();
            right[i] = true;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(row);
        c.table(w, right, head, rows, false);
    }

    private static String ms(DesignSection d, String label) {
        return d.latencyMs().stream().filter(p -> p.label().equals(label)).findFirst()
                .map(p -> Double.isNaN(p.value()) ? "-" : String.format(Locale.ROOT, "%,.1f", p.value())).orElse("-");
    }

    static String usd(BigDecimal v) {
        return "$" + money(v);
    }

    static String money(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static String qty(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        int scale = Math.max(0, s.scale());
        return String.format(Locale.ROOT, "%,." + scale + "f", s);
    }

    private static final float BODY_SIZE = PdfCanvas.BODY;

    private static String saving(BigDecimal usd) {
        return usd.signum() >= 0 ? "saves " + usd(usd) : "costs " + usd(usd.negate()) + " more";
    }

    private static String decimal(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, "%,.1f", v);
    }

    static String factor(double f) {
        return new BigDecimal(f).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.3f %%", share * 100);
    }

    private static String num(double v, String unit) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return switch (unit) {
            case "share" -> String.format(Locale.ROOT, "%.4f %%", v * 100);
            case "USD" -> String.format(Locale.ROOT, "$%,.2f", v);
            default -> String.format(Locale.ROOT, "%,.1f %s", v, unit);
        };
    }
}
