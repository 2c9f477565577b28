package io.lambdasim.app.ui.charts;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

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
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot xy) {
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
        Path tmp = temporary(file);
        try {
            ChartUtils.saveChartAsPNG(tmp.toFile(), chart, EXPORT_WIDTH, EXPORT_HEIGHT);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code chart} as an SVG drawing (vector), atomically. */
    public static void writeSvg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(EXPORT_WIDTH, EXPORT_HEIGHT);
        chart.draw(g2, new java.awt.Rectangle(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT));
        Path tmp = temporary(file);
        try {
            SVGUtils.writeToSVG(tmp.toFile(), g2.getSVGElement());
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path temporary(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        return Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
