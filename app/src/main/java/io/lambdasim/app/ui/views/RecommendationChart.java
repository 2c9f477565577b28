package io.lambdasim.app.ui.views;

import io.lambdasim.model.recommend.MemoryPoint;
import io.lambdasim.model.recommend.MemoryRecommendation;
import io.lambdasim.model.scenario.Objective;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Power Tuning curve: the monthly cost (left axis) and the p99 latency (right axis) of each memory size tried
 * (log-2 axis), sizes that miss the objective drawn hollow, the recommended and the configured size marked, and the
 * objective's p99 bound as a line on the latency axis.
 */
public final class RecommendationChart {

    static final Color COST = new Color(0x1f5f99);
    static final Color P99 = new Color(0xc4582b);

    private final JFreeChart chart;

    public RecommendationChart(MemoryRecommendation m, Objective objective) {
        List<MemoryPoint> curve = m.curve();
        XYSeriesCollection cost = new XYSeriesCollection();
        XYSeries costSeries = new XYSeries("USD a month", false, false);
        XYSeriesCollection p99 = new XYSeriesCollection();
        XYSeries p99Series = new XYSeries("p99 latency, ms", false, false);
        for (MemoryPoint p : curve) {
            costSeries.add(p.memoryMb(), p.evaluation().monthlyCostUsd().doubleValue());
            if (!Double.isNaN(p.evaluation().p99LatencyMs())) {
                p99Series.add(p.memoryMb(), p.evaluation().p99LatencyMs());
            }
        }
        cost.addSeries(costSeries);
        p99.addSeries(p99Series);

        XYLineAndShapeRenderer costRenderer = renderer(COST, new Ellipse2D.Double(-4, -4, 8, 8), curve);
        costRenderer.setDefaultToolTipGenerator((d, s, i) -> tooltip(curve.get(i), m));
        XYLineAndShapeRenderer p99Renderer = renderer(P99, new Rectangle2D.Double(-4, -4, 8, 8), curve);
        p99Renderer.setDefaultToolTipGenerator((d, s, i) -> tooltip(curve.get(i), m));

        LogAxis x = new LogAxis("Memory, MB (log scale; hollow: misses the objective)");
        x.setBase(2);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new DecimalFormat("#,##0"));
        x.setSmallestValue(64);
        NumberAxis usd = new NumberAxis("USD a month");
        usd.setNumberFormatOverride(NumberFormat.getCurrencyInstance(Locale.US));
        usd.setLabelPaint(COST);
        usd.setTickLabelPaint(COST);
        NumberAxis ms = new NumberAxis("p99 latency, ms");
        ms.setLabelPaint(P99);
        ms.setTickLabelPaint(P99);
        ms.setAutoRangeIncludesZero(true);

        XYPlot plot = new XYPlot(cost, x, usd, costRenderer);
        plot.setRangeAxis(1, ms);
        plot.setDataset(1, p99);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, p99Renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xd5dbe3));
        plot.setRangeGridlinePaint(new Color(0xd5dbe3));

        boolean recommendedBelow = m.recommendedMemoryMb() < m.currentMemoryMb();
        plot.addDomainMarker(marker(m.currentMemoryMb(), String.format(Locale.ROOT, "current %,d MB%s",
                m.currentMemoryMb(), m.recommendedMemoryMb() == m.currentMemoryMb() ? ", recommended" : ""), new Color(0x4a5563),
                recommendedBelow ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT,
                recommendedBelow ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT));
        if (m.recommendedMemoryMb() != m.currentMemoryMb()) {
            plot.addDomainMarker(marker(m.recommendedMemoryMb(), String.format(Locale.ROOT, "recommended %,d MB",
                    m.recommendedMemoryMb()), new Color(0x2e8b57),
                    recommendedBelow ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT,
                    recommendedBelow ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT));
        }
        if (objective.p99LatencyUs().isPresent()) {
            double bound = objective.p99LatencyUs().getAsLong() / 1000.0;
            ValueMarker limit = new ValueMarker(bound, P99, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
            limit.setLabel(String.format(Locale.ROOT, "objective: p99 ≤ %,.0f ms", bound));
            limit.setLabelPaint(P99);
            limit.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            limit.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            limit.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(1, limit, Layer.FOREGROUND);
        }
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
    }

    public JFreeChart chart() {
        return chart;
    }

    private static XYLineAndShapeRenderer renderer(Color color, java.awt.Shape shape, List<MemoryPoint> curve) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true) {
            @Override
            public boolean getItemShapeFilled(int series, int item) {
                return item >= curve.size() || curve.get(item).meetsObjective();
            }
        };
        r.setSeriesPaint(0, color);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesShape(0, shape);
        r.setUseFillPaint(false);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(false);
        return r;
    }

    private static ValueMarker marker(int mb, String label, Color color, RectangleAnchor anchor, TextAnchor text) {
        ValueMarker v = new ValueMarker(mb, color, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
        v.setLabel(label);
        v.setLabelPaint(color);
        v.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        v.setLabelAnchor(anchor);
        v.setLabelTextAnchor(text);
        return v;
    }

    private static String tooltip(MemoryPoint p, MemoryRecommendation m) {
        StringBuilder marks = new StringBuilder();
        if (p.current()) {
            marks.append(", current");
        }
        if (p.memoryMb() == m.recommendedMemoryMb()) {
            marks.append(", recommended");
        }
        if (!p.meetsObjective()) {
            marks.append(", misses the objective");
        }
        return String.format(Locale.ROOT, "%,d MB%s: %s; durations × %.3f", p.memoryMb(), marks,
                RecommendationFormat.evaluation(p.evaluation()), p.durationFactor());
    }
}
