package io.lambdasim.app.report;

import io.lambdasim.app.report.ReportModel.DesignSection;
import io.lambdasim.app.report.ReportModel.Limit;
import io.lambdasim.app.report.ReportModel.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's charts, built from the model (JFreeChart; drawn into the PDF as vectors by {@link PdfCanvas}). */
final class ReportCharts {

    private static final Paint[] COLOURS = {new Color(0x1f, 0x5f, 0xa8), new Color(0xd9, 0x6c, 0x1e),
        new Color(0x3a, 0x8f, 0x3f), new Color(0x8e, 0x44, 0xad), new Color(0x9e, 0x9e, 0x9e)};

    private ReportCharts() {
    }

    /** Monthly cost of each design, in USD (horizontal bars). */
    static JFreeChart monthlyCosts(List<DesignSection> designs) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DesignSection d : designs) {
            data.addValue(d.monthlyCostUsd().doubleValue(), "monthly cost", d.name());
        }
        JFreeChart chart = ChartFactory.createBarChart("Monthly cost by design (730 hours)", null, "USD a month",
                data, PlotOrientation.HORIZONTAL, false, false, false);
        style(chart);
        return chart;
    }

    /** The bill lines of a design (horizontal bars, USD a month). */
    static JFreeChart costBreakdown(DesignSection d) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportModel.BillRow r : d.bill()) {
            data.addValue(r.usd().doubleValue(), "amount", r.item());
        }
        JFreeChart chart = ChartFactory.createBarChart("Cost breakdown: " + d.name(), null, "USD a month", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        style(chart);
        return chart;
    }

    /** Arrival rate over the run, requests per second per bin. */
    static JFreeChart arrivalRate(ReportModel.Workload w) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries s = new XYSeries("requests per second");
        double binHours = w.binSeconds() / 3600;
        for (int i = 0; i < w.ratePerSecond().length; i++) {
            s.add(i * binHours, w.ratePerSecond()[i]);
        }
        data.addSeries(s);
        JFreeChart chart = ChartFactory.createXYLineChart("Arrival rate: " + w.function() + String.format(Locale.ROOT,
                " (per %s bin)", seconds(w.binSeconds())), "hours since the start", "requests per second", data,
                PlotOrientation.VERTICAL, false, false, false);
        style(chart);
        ((XYPlot) chart.getPlot()).setRenderer(new XYStepRenderer());
        styleXy(chart);
        return chart;
    }

    /**
     * Concurrency (Lambda) or slots (fleets) over time, with the design's limits as lines; a limit more than three
     * times above the highest value would flatten the curves, so it is named in a subtitle instead.
     */
    static JFreeChart concurrency(DesignSection d) {
        XYSeriesCollection data = series(d.concurrency());
        double max = 0;
        for (Series s : d.concurrency()) {
            for (double v : s.values()) {
                max = Math.max(max, v);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart((d.isLambda() ? "Concurrency against limits: "
                : "Slots in use against capacity: ") + d.name(), "hours since the start", d.concurrencyAxis(), data,
                PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        XYPlot plot = (XYPlot) chart.getPlot();
        plot.setRenderer(new XYStepRenderer());
        styleXy(chart);
        StringBuilder off = new StringBuilder();
        for (Limit l : d.limits()) {
            if (l.value() <= Math.max(3 * max, 1)) {
                ValueMarker m = new ValueMarker(l.value(), Color.RED.darker(), new BasicStroke(1f,
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
                m.setLabel(l.name() + " " + fmt(l.value()));
                m.setLabelFont(ReportFonts.awtRegular(7.5f));
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                plot.addRangeMarker(m);
            } else {
                off.append(off.length() == 0 ? "" : "; ").append(l.name()).append(' ').append(fmt(l.value()));
            }
        }
        if (off.length() > 0) {
            TextTitle t = new TextTitle("Above the scale: " + off + String.format(Locale.ROOT, " (highest value %s)",
                    fmt(max)), ReportFonts.awtRegular(8f));
            chart.addSubtitle(t);
        }
        return chart;
    }

    /** Cold starts (Lambda) or units billed (fleets) per bin. */
    static JFreeChart events(DesignSection d) {
        XYSeriesCollection data = series(List.of(d.events()));
        JFreeChart chart = ChartFactory.createXYLineChart((d.isLambda() ? "Cold starts over time: "
                : "Units billed over time: ") + d.name(), "hours since the start", d.eventsAxis(), data,
                PlotOrientation.VERTICAL, false, false, false);
        style(chart);
        ((XYPlot) chart.getPlot()).setRenderer(new XYStepRenderer());
        styleXy(chart);
        return chart;
    }

    /**
     * The break-even chart: each design's monthly cost against requests a month on a log axis, points that miss the
     * objective crossed out, today's traffic as a dashed vertical line, each crossing marked and labelled with its
     * requests a month and requests a second.
     */
    static JFreeChart breakEven(ReportModel.BreakEven b) {
        XYSeriesCollection curves = new XYSeriesCollection();
        XYSeries misses = new XYSeries("misses the objective", false, true);
        XYSeries crossings = new XYSeries("costs equal", false, true);
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (ReportModel.CostCurve c : b.curves()) {
            XYSeries s = new XYSeries(c.design(), false, true);
            for (int i = 0; i < c.requestsPerMonth().length; i++) {
                s.add(c.requestsPerMonth()[i], c.monthlyUsd()[i]);
                if (!c.meetsObjective()[i]) {
                    misses.add(c.requestsPerMonth()[i], c.monthlyUsd()[i]);
                }
                lo = Math.min(lo, c.requestsPerMonth()[i]);
                hi = Math.max(hi, c.requestsPerMonth()[i]);
            }
            curves.addSeries(s);
        }
        for (ReportModel.CrossingRow x : b.crossings()) {
            crossings.add(x.requestsPerMonth(), x.lambdaUsd().add(x.otherUsd()).doubleValue() / 2);
        }
        LogAxis xAxis = new LogAxis("requests a month (log scale; a month is 730 hours)");
        xAxis.setNumberFormatOverride(new Compact());
        xAxis.setSmallestValue(1);
        xAxis.setRange(lo / 1.15, hi * 1.15);
        NumberAxis yAxis = new NumberAxis("USD a month");
        yAxis.setAutoRangeIncludesZero(true);
        yAxis.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(Locale.ROOT));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(curves, xAxis, yAxis, lines);
        XYSeriesCollection marks = new XYSeriesCollection();
        marks.addSeries(misses);
        marks.addSeries(crossings);
        XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
        plot.setDataset(1, marks);
        plot.setRenderer(1, markRenderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart("Break-even: monthly cost against traffic", ReportFonts.awtBold(11f), plot,
                true);
        style(chart);
        markRenderer.setSeriesShape(0, ShapeUtils.createDiagonalCross(3.5f, 0.6f));
        markRenderer.setSeriesPaint(0, new Color(0xc0, 0x1c, 0x1c));
        markRenderer.setSeriesShape(1, ShapeUtils.createDiamond(4.5f));
        markRenderer.setSeriesPaint(1, Color.BLACK);
        for (int i = 0; i < curves.getSeriesCount(); i++) {
            lines.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            lines.setSeriesStroke(i, new BasicStroke(1.2f));
            lines.setSeriesShape(i, ShapeUtils.createDiamond(2f));
        }
        ValueMarker today = new ValueMarker(b.currentRequestsPerMonth(), Color.DARK_GRAY, new BasicStroke(1f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        today.setLabel(String.format(Locale.ROOT, "today: %s a month, %,.1f/s", compact(b.currentRequestsPerMonth()),
                b.currentRequestsPerSecond()));
        today.setLabelFont(ReportFonts.awtRegular(7.5f));
        today.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        today.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(today);
        boolean left = true;
        for (ReportModel.CrossingRow x : b.crossings()) {
            // Labels above the crossing, alternately up-left and up-right, so that neighbours do not overlap.
            double angle = left ? -3 * Math.PI / 4 : -Math.PI / 4;
            XYPointerAnnotation a = new XYPointerAnnotation(String.format(Locale.ROOT, "%s a month, %,.1f/s",
                    compact(x.requestsPerMonth()), x.requestsPerSecond()), x.requestsPerMonth(),
                    x.lambdaUsd().add(x.otherUsd()).doubleValue() / 2, angle);
            a.setFont(ReportFonts.awtRegular(7.5f));
            a.setTipRadius(4);
            a.setBaseRadius(28);
            a.setArrowLength(5);
            a.setArrowWidth(2.5);
            a.setTextAnchor(left ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            a.setBackgroundPaint(Color.WHITE);
            plot.addAnnotation(a);
            left = !left;
        }
        return chart;
    }

    /**
     * The Power Tuning curve: monthly cost (left axis) and p99 latency (right axis) against memory, the configured and
     * recommended sizes labelled, the objective's p99 as a dashed line when it has one.
     */
    static JFreeChart memoryCurve(ReportModel.FunctionRecommendations f, java.util.OptionalDouble p99LimitMs) {
        XYSeries cost = new XYSeries("USD a month", false, true);
        XYSeries p99 = new XYSeries("p99 latency (ms)", false, true);
        for (ReportModel.MemoryRow m : f.curve()) {
            cost.add(m.memoryMb(), m.usd().doubleValue());
            if (Double.isFinite(m.p99Ms())) {
                p99.add(m.memoryMb(), m.p99Ms());
            }
        }
        LogAxis x = new LogAxis("memory (MB, log scale)");
        x.setBase(2);
        x.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(Locale.ROOT));
        x.setRange(f.curve().get(0).memoryMb() / 1.2, f.curve().get(f.curve().size() - 1).memoryMb() * 1.2);
        NumberAxis left = new NumberAxis("USD a month");
        left.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(Locale.ROOT));
        NumberAxis right = new NumberAxis("p99 latency (ms)");
        right.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(Locale.ROOT));
        XYLineAndShapeRenderer costRenderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(cost), x, left, costRenderer);
        plot.setRangeAxis(1, right);
        plot.setDataset(1, new XYSeriesCollection(p99));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer latencyRenderer = new XYLineAndShapeRenderer(true, true);
        plot.setRenderer(1, latencyRenderer);
        JFreeChart chart = new JFreeChart("Memory against cost and p99 latency: " + f.function(),
                ReportFonts.awtBold(11f), plot, true);
        style(chart);
        costRenderer.setSeriesPaint(0, COLOURS[0]);
        costRenderer.setSeriesStroke(0, new BasicStroke(1.2f));
        costRenderer.setSeriesShape(0, ShapeUtils.createDiamond(2.5f));
        latencyRenderer.setSeriesPaint(0, COLOURS[1]);
        latencyRenderer.setSeriesStroke(0, new BasicStroke(1.2f));
        latencyRenderer.setSeriesShape(0, ShapeUtils.createDiamond(2.5f));
        left.setAutoRangeIncludesZero(true);
        right.setAutoRangeIncludesZero(true);
        left.setUpperMargin(0.15);
        right.setUpperMargin(0.15);
        if (p99LimitMs.isPresent()) {
            ValueMarker m = new ValueMarker(p99LimitMs.getAsDouble(), COLOURS[1], new BasicStroke(1f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            m.setLabel("objective: p99 " + fmt(p99LimitMs.getAsDouble()) + " ms");
            m.setLabelFont(ReportFonts.awtRegular(7.5f));
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(1, m, org.jfree.chart.ui.Layer.FOREGROUND);
        }
        for (ReportModel.MemoryRow m : f.curve()) {
            if (m.current() || m.recommended()) {
                String label = m.current() && m.recommended() ? "current = recommended" : m.current() ? "current"
                        : "recommended";
                XYPointerAnnotation a = new XYPointerAnnotation(label + String.format(Locale.ROOT, " %,d MB",
                        m.memoryMb()), m.memoryMb(), m.usd().doubleValue(), m.current() ? -Math.PI / 3
                        : -2 * Math.PI / 3);
                a.setFont(ReportFonts.awtRegular(7.5f));
                a.setTipRadius(4);
                a.setBaseRadius(30);
                a.setArrowLength(5);
                a.setArrowWidth(2.5);
                a.setTextAnchor(m.current() ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
                a.setBackgroundPaint(Color.WHITE);
                plot.addAnnotation(a);
            }
        }
        return chart;
    }

    /** 52,564,623 as "52.6 M"; 1,200 as "1.2 k". */
    static String compact(double v) {
        if (v >= 1e9) {
            return trim(v / 1e9) + " G";
        }
        if (v >= 1e6) {
            return trim(v / 1e6) + " M";
        }
        if (v >= 1e3) {
            return trim(v / 1e3) + " k";
        }
        return trim(v);
    }

    private static String trim(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** Tick labels of the log axis in the {@link #compact} form. */
    private static final class Compact extends java.text.NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(compact(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(compact(number));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            return null;
        }
    }

    private static XYSeriesCollection series(List<Series> list) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : list) {
            XYSeries x = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.values().length; i++) {
                x.add(i * s.binHours(), s.values()[i]);
            }
            data.addSeries(x);
        }
        return data;
    }

    private static void style(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("LambdaSim report", false);
        theme.setExtraLargeFont(ReportFonts.awtBold(11f));
        theme.setLargeFont(ReportFonts.awtRegular(9f));
        theme.setRegularFont(ReportFonts.awtRegular(8f));
        theme.setSmallFont(ReportFonts.awtRegular(7f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        theme.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getPlot() instanceof CategoryPlot p) {
            BarRenderer r = (BarRenderer) p.getRenderer();
            r.setSeriesPaint(0, COLOURS[0]);
            r.setMaximumBarWidth(0.12);
            r.setDrawBarOutline(false);
            p.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
            ((NumberAxis) p.getRangeAxis()).setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(
                    Locale.ROOT));
        }
    }

    private static void styleXy(JFreeChart chart) {
        XYPlot p = (XYPlot) chart.getPlot();
        if (p.getRenderer() instanceof XYLineAndShapeRenderer r) {
            for (int i = 0; i < p.getDataset().getSeriesCount(); i++) {
                r.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
                r.setSeriesStroke(i, new BasicStroke(1.1f));
            }
        }
        ((NumberAxis) p.getRangeAxis()).setAutoRangeIncludesZero(true);
        p.getRangeAxis().setUpperMargin(0.12);
        p.getDomainAxis().setLowerMargin(0);
        p.getDomainAxis().setUpperMargin(0);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String seconds(double s) {
        return s % 60 == 0 ? String.format(Locale.ROOT, "%.0f-minute", s / 60) : String.format(Locale.ROOT, "%.0f-s",
                s);
    }
}
