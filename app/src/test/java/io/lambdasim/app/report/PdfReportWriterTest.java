package io.lambdasim.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.app.report.ReportModel.BillRow;
import io.lambdasim.app.report.ReportModel.DesignSection;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportWriterTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "api-lambda-vs-ec2.json");
    private static final Pattern AMOUNT = Pattern.compile(".*\\s(\\d{1,3}(?:,\\d{3})*\\.\\d{2})$");

    private static ReportModel model;
    private static byte[] a4;

    @BeforeAll
    static void build() throws IOException {
        model = ReportModelBuilder.build(ScenarioReader.read(EXAMPLE), LocalDate.of(2026, 11, 26), 2,
                ReportProgress.NONE);
        a4 = pdf(model, Paper.A4);
    }

    private static byte[] pdf(ReportModel m, Paper paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(m, paper).write(out);
        return out.toByteArray();
    }

    @Test
    void everyDesignsPrintedTotalIsTheComparisonsMonthlyCostAndItsPrintedLinesAddUpToIt() throws IOException {
        String text = bodyText(a4);
        for (DesignResult d : model.comparison().designs()) {
            List<String> section = designSection(text, d.name());
            List<BigDecimal> amounts = new ArrayList<>();
            BigDecimal total = null;
            boolean inBill = false;
            for (String line : section) {
                if (line.contains("Unit price (USD)")) {
                    inBill = true;
                } else if (inBill && line.startsWith("Total ")) {
                    total = money(line.substring(line.lastIndexOf(' ') + 1));
                    break;
                } else if (inBill) {
                    Matcher m = AMOUNT.matcher(line);
                    if (m.matches()) {
                        amounts.add(money(m.group(1)));
                    }
                }
            }
            assertThat(total).as(d.name()).isEqualByComparingTo(d.monthlyCostUsd());
            assertThat(amounts).as(d.name()).hasSize(d.monthlyLines().size());
            assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as(d.name())
                    .isEqualByComparingTo(total);
        }
    }

    @Test
    void theFleetsBillShowsTheHandComputedInstanceAndLoadBalancerHours() throws IOException {
        // Two m7g.large (the AZ minimum, never scaled up at 20 requests a second) for 730 hours at $0.0816, and the
        // ALB's 730 hours at $0.0225: 119.136 -> 119.14 and 16.425 -> 16.43 (half up).
        List<String> section = designSection(bodyText(a4), "ec2-m7g-large-alb");
        assertThat(section).anyMatch(l -> l.startsWith("EC2 m7g.large 5,256,000") && l.endsWith(" 119.14"));
        assertThat(section).anyMatch(l -> l.startsWith("Application Load Balancer 730") && l.endsWith(" 16.43"));
    }

    @Test
    void noPageHoldsARasterImageEvenInsideTheChartsForms() throws IOException {
        try (PDDocument doc = Loader.loadPDF(a4)) {
            List<String> images = new ArrayList<>();
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                forms += walk(page.getResources(), images, new ArrayList<>());
            }
            assertThat(forms).as("charts are form XObjects").isGreaterThanOrEqualTo(10);
            assertThat(images).isEmpty();
        }
    }

    @Test
    void everyFontIsEmbeddedAndIsTheShippedDejaVu() throws IOException {
        try (PDDocument doc = Loader.loadPDF(a4)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                walk(page.getResources(), new ArrayList<>(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void theReportHasAnOutlineAContentsPageAndNumberedPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(a4)) {
            int n = doc.getNumberOfPages();
            assertThat(n).isGreaterThanOrEqualTo(10);
            List<String> top = new ArrayList<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(i.getTitle());
            }
            assertThat(top).containsExactly("1. Executive summary", "2. Workload", "3.1 Design: lambda-x86-1gb",
                    "3.2 Design: lambda-arm64-1gb", "3.3 Design: ec2-m7g-large-alb", "4. Comparison and break-even",
                    "5. Recommendations", "6. Method and caveats", "Appendix: price table");
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            assertThat(s.getText(doc)).contains("Contents").contains("3.3 Design: ec2-m7g-large-alb");
            s.setStartPage(n);
            s.setEndPage(n);
            assertThat(s.getText(doc)).contains("page " + n + " of " + n);
        }
    }

    @Test
    void a4AndLetterGiveTheirMediaBoxes() throws IOException {
        try (PDDocument doc = Loader.loadPDF(a4); PDDocument letter = Loader.loadPDF(pdf(model, Paper.LETTER))) {
            // A4 is 210 x 297 mm = 595.28 x 841.89 pt; Letter 8.5 x 11 in = 612 x 792 pt.
            assertThat(doc.getPage(3).getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset
                    .offset(0.01f));
            assertThat(doc.getPage(3).getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset
                    .offset(0.01f));
            assertThat(letter.getPage(3).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(letter.getPage(3).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void theSummaryNamesTheCheapestDesignAndTheMainRecommendationWithTheLargestSaving() throws IOException {
        String text = bodyText(a4).replace("\n", " ");
        assertThat(text).contains("Cheapest design that meets the objective: lambda-arm64-1gb, at $79.47 a month.");
        ReportModel.FunctionRecommendations api = model.recommendations().result().orElseThrow().get(0);
        ReportModel.PcSummary pc = api.pc().result().orElseThrow();
        BigDecimal larger = api.memorySavingUsd().max(pc.savingUsd());
        assertThat(model.main()).hasValueSatisfying(m -> assertThat(m.monthlySavingUsd()).isEqualByComparingTo(larger));
        assertThat(text).contains("Main recommendation " + model.main().orElseThrow().text() + ". Saving: "
                + PdfReportWriter.usd(larger) + " a month");
        // Section 5 prints both savings: the memory one and the provisioned-concurrency one.
        assertThat(text).contains("saves " + PdfReportWriter.usd(api.memorySavingUsd()) + " a month against 1,024 MB");
        assertThat(text).contains("saves " + PdfReportWriter.usd(pc.savingUsd()) + " a month.");
    }

    @Test
    void theBreakEvenMarksTodaysTrafficAtTwentyRequestsASecondAndFindsTheCrossingsWhereTheCostsMeet()
            throws IOException {
        ReportModel.BreakEven b = model.breakEven().result().orElseThrow();
        // 20 requests a second over a 730-hour month: 52,560,000; the simulated Poisson count is within 1 %.
        assertThat((double) b.currentRequestsPerMonth()).isCloseTo(52_560_000, org.assertj.core.data.Percentage
                .withPercentage(1));
        // Lambda's cost grows in proportion to traffic (no free tier, far below the first volume tier) while the
        // fleet stays near its two-instance floor of $140.24: x86 ($96.70 today) meets it near 140.24 / 96.70 =
        // 1.45x today, arm64 ($79.47) near 140.24 / 79.47 = 1.76x; the fleet's LCU-hours rise a little with traffic,
        // so the crossings lie slightly above.
        assertThat(b.crossings()).hasSize(2);
        assertThat(b.crossings().get(0).lambdaDesign()).isEqualTo("lambda-x86-1gb");
        assertThat(b.crossings().get(0).factor()).isBetween(1.45, 1.52);
        assertThat(b.crossings().get(1).lambdaDesign()).isEqualTo("lambda-arm64-1gb");
        assertThat(b.crossings().get(1).factor()).isBetween(1.76, 1.85);
        String text = bodyText(a4).replace("\n", " ");
        for (ReportModel.CrossingRow x : b.crossings()) {
            assertThat(text).contains(String.format(java.util.Locale.ROOT, "cost the same at %,d requests a month "
                    + "(%,.2f a second", x.requestsPerMonth(), x.requestsPerSecond()));
        }
        assertThat(text).contains(String.format(java.util.Locale.ROOT, "Today's traffic: %,d requests a month",
                b.currentRequestsPerMonth()));
    }

    @Test
    void theClosedFormsFollowFromThePublishedPrices() throws IOException {
        String text = bodyText(a4).replace("\n", " ");
        // x86_64 PC $0.0000041667 + $0.0000097222 per GB-s busy against $0.0000166667 on demand:
        // u = 0.0000041667 / (0.0000166667 - 0.0000097222) = 0.6000.
        assertThat(text).contains("Provisioned concurrency for lambda-x86-1gb (x86_64) costs less than on-demand "
                + "when its environments are busy more than 60.0 % of the time");
        // arm64 $0.0000133334 against x86_64 $0.0000166667 per GB-s: 0.8000, so up to 1 / 0.8 = 1.25x slower.
        assertThat(text).contains("arm64 costs 0.8000 of x86_64 per GB-second").contains("more than 1.250×");
    }

    @Test
    void aScenarioWithoutDesignsSaysWhyItHasNoBreakEvenAndItsConfidenceIntervalsComeFromEveryReplication()
            throws IOException {
        io.lambdasim.model.scenario.Scenario s = ScenarioReader.bundled().parse("small.json", """
                {"format": "lambdasim-scenario/1", "name": "small", "horizon": "10min", "replications": 3,
                 "seed": 5, "price_date": "2026-11-01", "free_tier": false,
                 "functions": [{"name": "api", "memory_mb": 512, "duration": "const:100ms",
                                "arrivals": {"type": "poisson", "rate_per_second": 2}}]}
                """);
        ReportModel m = ReportModelBuilder.build(s, LocalDate.of(2026, 11, 26), 2, ReportProgress.NONE,
                ReportOptions.ALL.withoutRecommendations());
        assertThat(m.breakEven().result()).isEmpty();
        assertThat(m.breakEven().note()).contains("has no designs");
        assertThat(m.main()).isEmpty();
        ReportModel.Estimate cost = m.designs().get(0).estimates().get(0);
        assertThat(cost.name()).isEqualTo("monthly cost");
        // Three replications with independent arrivals: a positive half-width, around the comparison's mean.
        assertThat(cost.ci95HalfWidth()).isPositive();
        assertThat(cost.mean()).isCloseTo(m.designs().get(0).monthlyCostUsd().doubleValue(),
                org.assertj.core.data.Offset.offset(0.01));
        String text = bodyText(pdf(m, Paper.A4)).replace("\n", " ");
        assertThat(text).contains("The scenario has no designs, so there is nothing to break even")
                .contains("Left out of this report (--no-recommend)");
    }

    @Test
    void anExistingReportIsRefusedWithoutOverwriteAndLeftUntouched(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "an older report", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new PdfReportWriter(model, Paper.A4).write(target, false))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("--force");
        assertThat(Files.readString(target)).isEqualTo("an older report");
        new PdfReportWriter(model, Paper.A4).write(target, true);
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailureHalfWayThroughLeavesTheExistingReportAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "an older report", StandardCharsets.UTF_8);
        DesignSection d = model.designs().get(2);
        List<BillRow> broken = List.of(new BillRow("broken line", null, "unit", "?", BigDecimal.ONE));
        DesignSection bad = new DesignSection(d.name(), d.type(), d.description(), d.configuration(),
                d.monthlyCostUsd(), broken, d.billTotal(), d.coldStartShare(), d.failedShare(), d.failedLabel(),
                d.latencyMs(), d.meetsObjective(), d.verdict(), d.concurrency(), d.limits(), d.concurrencyAxis(),
                d.events(), d.eventsAxis(), d.estimates(), d.warnings());
        ReportModel m = new ReportModel(model.title(), model.comparison(), model.workloads(),
                List.of(model.designs().get(0), model.designs().get(1), bad), model.breakEven(),
                model.recommendations(), model.main(), model.method(), model.prices());
        assertThatThrownBy(() -> new PdfReportWriter(m, Paper.A4).write(target, true))
                .isInstanceOf(NullPointerException.class);
        assertThat(Files.readString(target)).isEqualTo("an older report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aCancelledBuildStopsWithoutAModel() {
        ReportProgress cancelled = new ReportProgress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> ReportModelBuilder.build(ScenarioReader.read(EXAMPLE), LocalDate.of(2026, 11, 26), 1,
                cancelled)).isInstanceOf(ReportCancelledException.class);
    }

    // ---------------------------------------------------------------- helpers

    /** The text of every page after the contents page, lines as PDFBox sorts them by position. */
    private static String bodyText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(3);
            return s.getText(doc);
        }
    }

    /** The lines of a design's section: from its heading to the next section's heading. */
    private static List<String> designSection(String text, String name) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : text.split("\\R")) {
            if (line.matches("3\\.\\d+ Design: .*")) {
                in = line.endsWith("Design: " + name);
            } else if (line.startsWith("4. Comparison")) {
                in = false;
            }
            if (in) {
                out.add(line.strip());
            }
        }
        assertThat(out).as("section of " + name).isNotEmpty();
        return out;
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s.replace(",", ""));
    }

    /** Counts form XObjects under {@code res}, collecting image names and fonts. */
    private static int walk(PDResources res, List<String> images, List<PDFont> fonts) throws IOException {
        if (res == null) {
            return 0;
        }
        int forms = 0;
        for (COSName f : res.getFontNames()) {
            fonts.add(res.getFont(f));
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDImageXObject) {
                images.add(n.getName());
            } else if (x instanceof PDFormXObject form) {
                forms++;
                forms += walk(form.getResources(), images, fonts);
            }
        }
        return forms;
    }
}
