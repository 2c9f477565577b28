package io.lambdasim.app.ui.views;

import io.lambdasim.model.breakeven.Crossing;
import io.lambdasim.model.breakeven.DesignCurve;
import io.lambdasim.model.breakeven.ScenarioBreakEvenResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The break-even chart: each design's monthly cost against the traffic (requests a month, log scale), points where
 * the design misses the objective drawn again hollow (their own legend entry), a marker at today's traffic, every
 * crossing pointed at and labelled with its volume and rate, and a cursor line that the slider moves.
 */
public final class BreakEvenChart {

    /** Design colours, in the scenario's order (repeats after eight). */
    static final Color[] PALETTE = {new Color(0x1f5f99), new Color(0xc4582b), new Color(0x2e8b57),
        new Color(0x8e44ad), new Color(0xb8860b), new Color(0x2c3e50), new Color(0xd63384), new Color(0x17a2b8)};

    private final JFreeChart chart;
    private final ValueMarker cursor = new ValueMarker(1);
    private final List<String> crossingLabels = new ArrayList<>();

    /** The chart of {@code r}. */
    public BreakEvenChart(ScenarioBreakEvenResult r) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        List<List<DesignCurve.Point>> pointsOfSeries = new ArrayList<>();
        List<String> designOfSeries = new ArrayList<>();
        for (int i = 0; i < r.curves().size(); i++) {
            DesignCurve c = r.curves().get(i);
            Paint paint = PALETTE[i % PALETTE.length];
            XYSeries line = new XYSeries(c.design() + " (" + c.type() + ")", false, false);
            for (DesignCurve.Point p : c.points()) {
                line.add(p.requestsPerMonth(), p.usd().doubleValue());
            }
            int s = data.getSeriesCount();
            data.addSeries(line);
            pointsOfSeries.add(c.points());
            designOfSeries.add(c.design());
            renderer.setSeriesPaint(s, paint);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
            List<DesignCurve.Point> misses = c.points().stream().filter(p -> !p.meetsObjective()).toList();
            if (!misses.isEmpty()) {
                XYSeries hollow = new XYSeries(c.design() + ": misses the objective (hollow)", false, false);
                for (DesignCurve.Point p : misses) {
                    hollow.add(p.requestsPerMonth(), p.usd().doubleValue());
                }
                int h = data.getSeriesCount();
                data.addSeries(hollow);
                pointsOfSeries.add(misses);
                designOfSeries.add(c.design());
                renderer.setSeriesPaint(h, paint);
                renderer.setSeriesLinesVisible(h, false);
                renderer.setSeriesShapesFilled(h, false);
                renderer.setSeriesShape(h, new Ellipse2D.Double(-6, -6, 12, 12));
                renderer.setSeriesStroke(h, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {3f, 2f}, 0f));
            }
        }
        renderer.setUseOutlinePaint(false);
        renderer.setUseFillPaint(false);
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
            DesignCurve.Point p = pointsOfSeries.get(series).get(item);
            return String.format(Locale.ROOT, "%s: %s a month at %s (%.3g× today)%s; p99 %.1f ms",
                    designOfSeries.get(series), BreakEvenFormat.usd(p.usd()),
                    BreakEvenFormat.volume(p.requestsPerMonth()), p.factor(),
                    p.meetsObjective() ? "" : ", misses the objective", p.p99LatencyMs());
        });

        LogAxis x = new LogAxis("Requests a month (log scale; the mean rate over 730 hours in the tooltips)");
        x.setNumberFormatOverride(new VolumeFormat());
        x.setSmallestValue(1);
        NumberAxis y = new NumberAxis("USD a month");
        y.setAutoRangeIncludesZero(true);
        y.setNumberFormatOverride(NumberFormat.getCurrencyInstance(Locale.US));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xd5dbe3));
        plot.setRangeGridlinePaint(new Color(0xd5dbe3));

        ValueMarker today = new ValueMarker(r.currentRequestsPerMonth(), new Color(0x4a5563),
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        today.setLabel("today: " + BreakEvenFormat.volume(r.currentRequestsPerMonth()));
        today.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        today.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        today.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.addDomainMarker(today);

        cursor.setPaint(new Color(0xc0392b));
        cursor.setStroke(new BasicStroke(1.5f));
        cursor.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        cursor.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        cursor.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        cursor.setLabelPaint(new Color(0xc0392b));
        plot.addDomainMarker(cursor);

        double[] angles = {-3 * Math.PI / 4, -Math.PI / 4};
        int k = 0;
        for (Crossing c : r.crossings()) {
            String label = BreakEvenFormat.crossingLabel(c);
            crossingLabels.add(label);
            double cost = c.lambdaUsd().add(c.otherUsd()).doubleValue() / 2;
            XYPointerAnnotation a = new XYPointerAnnotation(label, c.requestsPerMonth(), cost,
                    angles[k % angles.length]);
            a.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            a.setBaseRadius(40 + 26 * (k / angles.length % 4));
            k++;
            a.setTipRadius(4);
            a.setArrowPaint(Color.BLACK);
            a.setBackgroundPaint(new Color(255, 255, 255, 220));
            a.setToolTipText(BreakEvenFormat.crossingSentence(c));
            plot.addAnnotation(a);
        }
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        moveCursor(r.currentRequestsPerMonth());
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The labels of the crossings, as drawn. */
    public List<String> crossingLabels() {
        return List.copyOf(crossingLabels);
    }

    /** Moves the cursor line to {@code requestsPerMonth}. */
    public void moveCursor(long requestsPerMonth) {
        cursor.setValue(Math.max(1, requestsPerMonth));
        cursor.setLabel(BreakEvenFormat.volume(requestsPerMonth));
    }

    /** Tick labels of the volume axis: "100 k", "5 M", "1.2 B". */
    private static final class VolumeFormat extends NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            String s = BreakEvenFormat.requestsPerMonth(Math.round(number));
            return to.append(s, 0, s.length() - " req/month".length());
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }

}
