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

    /**
     * Monthly cost against traffic for each design (log traffic axis), today's traffic as a vertical line, each
     * crossing marked and labelled with requests a month and a second.
     */
    static JFreeChart breakEven(ReportModel.BreakEven b) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ReportModel.CostCurve c : b.curves()) {
            XYSeries s = new XYSeries(c.design());
            for (int i = 0; i < c.requestsPerMonth().length; i++) {
                s.add(c.requestsPerMonth()[i] / 1e6, c.monthlyUsd()[i]);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Monthly cost against traffic", null, "USD a month", data,
                PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        XYPlot plot = (XYPlot) chart.getPlot();
        org.jfree.chart.axis.LogAxis x = new org.jfree.chart.axis.LogAxis("million requests a month (log scale)");
        x.setLabelFont(plot.getDomainAxis().getLabelFont());
        x.setTickLabelFont(plot.getDomainAxis().getTickLabelFont());
        x.setLabelPaint(plot.getDomainAxis().getLabelPaint());
        x.setBase(10);
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        x.setSmallestValue(1e-3);
        x.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###"));
        plot.setDomainAxis(x);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            r.setSeriesStroke(i, new BasicStroke(1.6f));
        }
        plot.setRenderer(r);
        ValueMarker today = new ValueMarker(b.currentRequestsPerMonth() / 1e6, Color.DARK_GRAY,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        today.setLabel("today");
        today.setLabelFont(plot.getDomainAxis().getTickLabelFont());
        today.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        today.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(today);
        int k = 0;
        for (ReportModel.CrossingPoint p : b.points()) {
            // Labels alternate above-left and above-right, further out each time, so that close crossings stay legible.
            boolean left = k % 2 == 0;
            org.jfree.chart.annotations.XYPointerAnnotation a = new org.jfree.chart.annotations.XYPointerAnnotation(
                    p.label(), p.requestsPerMonth() / 1e6, p.usd(), left ? -Math.PI * 3 / 4 : -Math.PI / 4);
            a.setTipRadius(2);
            a.setBaseRadius(28 + 18 * (k / 2) + (left ? 0 : 14));
            a.setTextAnchor(left ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            k++;
            a.setFont(plot.getDomainAxis().getTickLabelFont());
            plot.addAnnotation(a);
        }
        styleXy(chart);
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
