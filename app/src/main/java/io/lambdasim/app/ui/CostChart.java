package io.lambdasim.app.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart of a bill: one bar per line, its length the line's amount in USD, labelled with that amount.
 * It follows the view model: when the bill is recomputed the bars and the subtitle (region and price edition) change.
 */
public final class CostChart {

    /** The id of the chart viewer in the scene. */
    public static final String ID = "costChart";
    /** The series key of the one series of bars. */
    public static final String SERIES = "Amount (USD)";

    /** Logical AWT family that JavaFX also knows: the system's default sans-serif font on every platform. */
    private static final String FONT_FAMILY = Font.SANS_SERIF;
    /** Light enough for dark labels inside the bar. */
    private static final Color BAR = new Color(0x8c, 0xbb, 0xe6);
    private static final Color TEXT = new Color(0x1b, 0x27, 0x33);
    private static final Color GRID = new Color(0xd5, 0xdb, 0xe3);

    private CostChart() {
    }

    /** A chart viewer bound to {@code model}. */
    public static ChartViewer create(BillViewModel model) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        JFreeChart chart = chart(dataset);
        TextTitle subtitle = new TextTitle("", new Font(FONT_FAMILY, Font.PLAIN, 13));
        subtitle.setPaint(new Color(0x4a, 0x55, 0x63));
        subtitle.setPadding(new RectangleInsets(2, 0, 6, 0));
        chart.addSubtitle(subtitle);

        InvalidationListener update = (Observable o) -> {
            dataset.clear();
            for (BillLineRow row : model.lines()) {
                dataset.addValue(row.amountUsd(), SERIES, row.item());
            }
            subtitle.setText(model.isFailed() ? "No bill to chart"
                    : model.regionProperty().get() + " · price edition " + model.editionIdProperty().get());
        };
        model.lines().addListener(update);
        model.editionIdProperty().addListener(update);
        model.failedProperty().addListener(update);
        update.invalidated(null);

        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId(ID);
        viewer.getStyleClass().add(Styles.CHART);
        viewer.setMinSize(320, 260);
        viewer.setPrefSize(480, 420);
        return viewer;
    }

    private static JFreeChart chart(DefaultCategoryDataset dataset) {
        CategoryAxis lines = new CategoryAxis(null);
        lines.setMaximumCategoryLabelLines(2);
        lines.setMaximumCategoryLabelWidthRatio(0.42f);
        lines.setCategoryMargin(0.35);
        NumberAxis usd = new NumberAxis("USD");
        usd.setUpperMargin(0.1);
        usd.setNumberFormatOverride(new DecimalFormat("$#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)));

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.12);
        DecimalFormat amount = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", amount));
        bars.setDefaultItemLabelsVisible(true);
        // Inside the end of a bar long enough to hold it, else just past the end of the bar.
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
        bars.setPositiveItemLabelPositionFallback(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(6);
        bars.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", amount));

        CategoryPlot plot = new CategoryPlot(dataset, lines, usd, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setOutlineVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));

        JFreeChart chart = new JFreeChart("Cost by line (USD)", new Font(FONT_FAMILY, Font.BOLD, 16), plot, false);
        theme().apply(chart);
        bars.setSeriesPaint(0, BAR);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        return chart;
    }

    /** JFreeChart's standard theme with the system sans-serif font, sizes that match the window's text. */
    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("LambdaSim");
        theme.setExtraLargeFont(new Font(FONT_FAMILY, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT_FAMILY, Font.BOLD, 14));
        theme.setRegularFont(new Font(FONT_FAMILY, Font.PLAIN, 13));
        theme.setSmallFont(new Font(FONT_FAMILY, Font.PLAIN, 12));
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(new Color(0x4a, 0x55, 0x63));
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }
}
