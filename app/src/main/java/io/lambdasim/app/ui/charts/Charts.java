package io.lambdasim.app.ui.charts;

import java.io.File;
import java.io.IOException;
import io.lambdasim.pricedata.files.AtomicFiles;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts in the app: a {@link ChartViewer} (mouse-drag zoom, tooltips from the renderers' generators, the mouse
 * wheel zooms too) with a context menu that exports PNG or SVG, written atomically.
 */
public final class Charts {

    /** Export size in pixels (PNG) or user units (SVG). */
    public static final int EXPORT_WIDTH = 1200;
    public static final int EXPORT_HEIGHT = 700;

    private Charts() {
    }

    /** A viewer of {@code chart} with zoom, tooltips and Export as PNG / SVG, and "Reset zoom". */
    public static ChartViewer viewer(JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.getCanvas().setTooltipEnabled(true);
        if (viewer.getCanvas().getMouseHandler("scroll") == null) {   // JFreeChart-FX may install its own
            viewer.getCanvas().addMouseHandler(new org.jfree.chart.fx.interaction.ScrollHandlerFX("scroll"));
        }
        MenuItem png = new MenuItem("Export as PNG…");
        png.setOnAction(e -> export(viewer, "PNG image", "*.png", true));
        MenuItem svg = new MenuItem("Export as SVG…");
        svg.setOnAction(e -> export(viewer, "SVG drawing", "*.svg", false));
        MenuItem reset = new MenuItem("Reset zoom");
        reset.setOnAction(e -> restoreAutoBounds(viewer.getChart()));
        ContextMenu menu = new ContextMenu(reset, png, svg);
        viewer.setOnContextMenuRequested(e -> menu.show(viewer, e.getScreenX(), e.getScreenY()));
        return viewer;
    }

    /** Undoes any zoom: every axis back to its automatic range. */
    public static void restoreAutoBounds(JFreeChart chart) {
        if (chart.getPlot() instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
            combined.getDomainAxis().setAutoRange(true);
            for (org.jfree.chart.plot.XYPlot sub : combined.getSubplots()) {
                for (int i = 0; i < sub.getRangeAxisCount(); i++) {
                    sub.getRangeAxis(i).setAutoRange(true);
                }
            }
        } else if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                xy.getDomainAxis(i).setAutoRange(true);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                xy.getRangeAxis(i).setAutoRange(true);
            }
        } else if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot cp) {
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                cp.getRangeAxis(i).setAutoRange(true);
            }
        }
    }

    /**
     * Gives {@code chart} the app's look: white plot, light grid, the subtitle {@code note} in small grey text under
     * the title (none if blank). Returns the chart.
     */
    public static JFreeChart styled(JFreeChart chart, String note) {
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        chart.getTitle().setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 14));
        setNote(chart, note);
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot xy) {
            styleXy(xy);
            if (xy instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
                combined.getSubplots().forEach(Charts::styleXy);
            }
        } else if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot cp) {
            cp.setBackgroundPaint(java.awt.Color.WHITE);
            cp.setDrawingSupplier(palette());
            cp.setRangeGridlinePaint(GRID);
        }
        return chart;
    }

    /** Replaces the chart's note (the subtitle under its title); blank removes it. */
    public static void setNote(JFreeChart chart, String note) {
        for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle) {
                chart.removeSubtitle(chart.getSubtitle(i));
            }
        }
        if (note != null && !note.isBlank()) {
            org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(note,
                    new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
            t.setPaint(new java.awt.Color(0x4a5563));
            t.setMaximumLinesToDisplay(3);
            chart.addSubtitle(0, t);
        }
    }

    private static final java.awt.Color GRID = new java.awt.Color(0xd5dbe3);

    /** Series colours: distinguishable, print-friendly (the Tableau 10 palette). */
    public static final java.awt.Paint[] PALETTE = {
        new java.awt.Color(0x4e79a7), new java.awt.Color(0xf28e2b), new java.awt.Color(0x59a14f),
        new java.awt.Color(0xe15759), new java.awt.Color(0x76b7b2), new java.awt.Color(0xedc948),
        new java.awt.Color(0xb07aa1), new java.awt.Color(0xff9da7), new java.awt.Color(0x9c755f),
        new java.awt.Color(0xbab0ac)};

    private static org.jfree.chart.plot.DrawingSupplier palette() {
        return new org.jfree.chart.plot.DefaultDrawingSupplier(PALETTE, PALETTE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                new java.awt.Stroke[] {new java.awt.BasicStroke(1.6f)},
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE);
    }

    private static void styleXy(org.jfree.chart.plot.XYPlot xy) {
        xy.setBackgroundPaint(java.awt.Color.WHITE);
        xy.setDrawingSupplier(palette());
        xy.setDomainGridlinePaint(GRID);
        xy.setRangeGridlinePaint(GRID);
    }

    private static void export(ChartViewer viewer, String what, String glob, boolean png) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export chart");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, glob));
        File file = chooser.showSaveDialog(viewer.getScene() == null ? null : viewer.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            if (png) {
                writePng(viewer.getChart(), file.toPath());
            } else {
                writeSvg(viewer.getChart(), file.toPath());
            }
        } catch (IOException | RuntimeException ex) {
            new Alert(Alert.AlertType.ERROR, "Cannot write " + file + ": " + ex.getMessage()).showAndWait();
        }
    }

    /** Writes {@code chart} as a PNG image, atomically (a temporary file moved into place). */
    public static void writePng(JFreeChart chart, Path file) throws IOException {
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, EXPORT_WIDTH, EXPORT_HEIGHT));
    }

    /** Writes {@code chart} as an SVG drawing (vector), atomically. */
    public static void writeSvg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(EXPORT_WIDTH, EXPORT_HEIGHT);
        chart.draw(g2, new java.awt.Rectangle(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT));
        AtomicFiles.writeString(file, g2.getSVGDocument());
    }
}
