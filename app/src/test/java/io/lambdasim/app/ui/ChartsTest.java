package io.lambdasim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.charts.Charts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    @TempDir
    Path dir;

    private static JFreeChart chart() {
        XYSeries s = new XYSeries("cost");
        s.add(1, 2);
        s.add(2, 3);
        return ChartFactory.createXYLineChart("Cost", "x", "y", new XYSeriesCollection(s));
    }

    @Test
    void exportsAPngImageAndAnSvgDrawing() throws Exception {
        Path png = dir.resolve("c.png");
        Path svg = dir.resolve("c.svg");
        Charts.writePng(chart(), png);
        Charts.writeSvg(chart(), svg);
        byte[] head = Files.readAllBytes(png);
        assertThat(head[1]).isEqualTo((byte) 'P');
        assertThat(head[2]).isEqualTo((byte) 'N');
        String text = Files.readString(svg);
        assertThat(text).contains("<svg").contains("</svg>").contains("Cost");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("c.png", "c.svg");
        }
    }
}
