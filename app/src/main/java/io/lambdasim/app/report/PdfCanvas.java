package io.lambdasim.app.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * A flowing layout on PDF pages: a cursor moving down the page, wrapped paragraphs, tables whose rows never split,
 * vector charts, headings that go into the PDF outline and the table of contents, and page numbers at the end.
 */
final class PdfCanvas {

    static final float MARGIN = 50;
    static final float BODY = 9.5f;
    private static final float FOOTER = 28;

    /** A heading as the table of contents lists it. */
    record TocEntry(int level, String text, int pageIndex) {
    }

    private final PDDocument doc;
    private final PDRectangle size;
    private final ReportFonts fonts;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final List<TocEntry> toc = new ArrayList<>();
    private PDOutlineItem section;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    PdfCanvas(PDDocument doc, PDRectangle size, ReportFonts fonts) {
        this.doc = doc;
        this.size = size;
        this.fonts = fonts;
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float left() {
        return MARGIN;
    }

    float y() {
        return y;
    }

    PDRectangle size() {
        return size;
    }

    List<TocEntry> toc() {
        return List.copyOf(toc);
    }

    void newPage() throws IOException {
        closeStream();
        page = new PDPage(size());
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /** Moves to a new page unless {@code height} points fit above the footer. */
    void ensure(float height) throws IOException {
        if (cs == null || y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    /** A section (level 1, on a new page) or subsection (level 2) heading, in the outline and the contents. */
    void heading(int level, String text) throws IOException {
        if (level == 1) {
            newPage();
        } else {
            ensure(120);
            space(6);
        }
        float fontSize = level == 1 ? 17 : 12.5f;
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setTop((int) Math.ceil(y + 4));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(text);
        item.setDestination(dest);
        if (level == 1) {
            outline.addLast(item);
            section = item;
        } else if (section != null) {
            section.addLast(item);
        } else {
            outline.addLast(item);
        }
        toc.add(new TocEntry(level, text, doc.getPages().indexOf(page)));
        text(fonts.bold(), fontSize, left(), y - fontSize, text);
        space(fontSize + (level == 1 ? 12 : 6));
        if (level == 1) {
            cs.setStrokingColor(0.75f, 0.75f, 0.8f);
            cs.setLineWidth(0.6f);
            cs.moveTo(left(), y + 6);
            cs.lineTo(left() + width(), y + 6);
            cs.stroke();
            cs.setStrokingColor(0f, 0f, 0f);
        }
    }

    /** A paragraph wrapped to the text width. */
    void paragraph(String text) throws IOException {
        paragraph(text, fonts.regular(), BODY, 0);
    }

    void paragraph(String text, PDType0Font font, float fontSize, float indent) throws IOException {
        float lead = fontSize * 1.35f;
        for (String line : wrap(text, font, fontSize, width() - indent)) {
            ensure(lead);
            text(font, fontSize, left() + indent, y - fontSize, line);
            space(lead);
        }
        space(fontSize * 0.5f);
    }

    /** A bulleted list item. */
    void bullet(String text) throws IOException {
        float lead = BODY * 1.35f;
        List<String> lines = wrap(text, fonts.regular(), BODY, width() - 12);
        for (int i = 0; i < lines.size(); i++) {
            ensure(lead);
            if (i == 0) {
                text(fonts.regular(), BODY, left() + 2, y - BODY, "•");
            }
            text(fonts.regular(), BODY, left() + 12, y - BODY, lines.get(i));
            space(lead);
        }
        space(2);
    }

    /**
     * A table: {@code widths} as fractions of the text width, {@code right} the right-aligned columns; a row is never
     * split across pages, the header (none when null) is repeated on each page; {@code boldLast} makes the last row bold (a total).
     */
    void table(float[] widths, boolean[] right, String[] header, List<String[]> rows, boolean boldLast)
            throws IOException {
        float fontSize = 8.5f;
        float lead = fontSize * 1.3f;
        float pad = 3;
        boolean headerDrawn = false;
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            PDType0Font font = boldLast && r == rows.size() - 1 ? fonts.bold() : fonts.regular();
            List<List<String>> cells = cells(row, widths, font, fontSize, pad);
            float h = height(cells, lead, pad);
            List<List<String>> headCells = header == null ? null : cells(header, widths, fonts.bold(), fontSize, pad);
            float hh = header == null ? 0 : height(headCells, lead, pad);
            if (!headerDrawn || cs == null || y - h < MARGIN + FOOTER) {
                ensure(h + hh);
                if (header == null) {
                    rule(0.3f);
                } else {
                    row(headCells, widths, right, fonts.bold(), fontSize, lead, pad, hh, true);
                }
                headerDrawn = true;
            }
            if (boldLast && r == rows.size() - 1) {
                rule(0.8f);
            }
            row(cells, widths, right, font, fontSize, lead, pad, h, false);
        }
        space(8);
    }

    private List<List<String>> cells(String[] row, float[] widths, PDType0Font font, float fontSize, float pad) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < row.length; c++) {
            out.add(wrap(row[c] == null ? "" : row[c], font, fontSize, widths[c] * width() - 2 * pad));
        }
        return out;
    }

    private static float height(List<List<String>> cells, float lead, float pad) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * lead + 2 * pad;
    }

    private void row(List<List<String>> cells, float[] widths, boolean[] right, PDType0Font font, float fontSize,
                     float lead, float pad, float h, boolean header) throws IOException {
        if (header) {
            cs.setNonStrokingColor(0.92f, 0.93f, 0.96f);
            cs.addRect(left(), y - h, width(), h);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        }
        float x = left();
        for (int c = 0; c < cells.size(); c++) {
            float w = widths[c] * width();
            float ty = y - pad - fontSize;
            for (String line : cells.get(c)) {
                float tx = right[c] ? x + w - pad - fonts.width(font, fontSize, line) : x + pad;
                text(font, fontSize, tx, ty, line);
                ty -= lead;
            }
            x += w;
        }
        space(h);
        rule(0.3f);
    }

    private void rule(float width) throws IOException {
        cs.setStrokingColor(0.7f, 0.7f, 0.7f);
        cs.setLineWidth(width);
        cs.moveTo(left(), y);
        cs.lineTo(left() + width(), y);
        cs.stroke();
        cs.setStrokingColor(0f, 0f, 0f);
    }

    /** A chart drawn as vectors through the Graphics2D bridge, full text width, {@code height} points high. */
    void chart(JFreeChart chart, float height) throws IOException {
        ensure(height + 6);
        float w = width();
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, height);
        g.setFontTextDrawer(fonts.chartText());
        chart.draw(g, new Rectangle2D.Double(0, 0, w, height));
        g.dispose();
        PDFormXObject form = g.getXFormObject();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(left(), y - height));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        space(height + 10);
    }

    /** One line of text at ({@code x}, {@code baseline}) on the current page. */
    void text(PDType0Font font, float fontSize, float x, float baseline, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(x, baseline);
        cs.showText(fonts.printable(text));
        cs.endText();
    }

    /** Words of {@code text} in lines no wider than {@code maxWidth}; a word too long alone is cut. */
    List<String> wrap(String text, PDType0Font font, float fontSize, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String para : fonts.printable(text.replace("\r", "")).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(font, fontSize, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (fonts.width(font, fontSize, word) > maxWidth && word.length() > 1) {
                    int n = word.length() - 1;
                    while (n > 1 && fonts.width(font, fontSize, word.substring(0, n)) > maxWidth) {
                        n--;
                    }
                    lines.add(word.substring(0, n));
                    word = word.substring(n);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Closes the last page's content. */
    void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    /** Writes "page i of n" at the foot of every page but the first (the title page). */
    void pageNumbers(String label) throws IOException {
        closeStream();
        int n = doc.getNumberOfPages();
        for (int i = 1; i < n; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                String right = "page " + (i + 1) + " of " + n;
                float fs = 7.5f;
                s.beginText();
                s.setFont(fonts.regular(), fs);
                s.newLineAtOffset(MARGIN, MARGIN - 18);
                s.showText(fonts.printable(label));
                s.endText();
                s.beginText();
                s.setFont(fonts.regular(), fs);
                s.newLineAtOffset(size.getWidth() - MARGIN - fonts.width(fonts.regular(), fs, right), MARGIN - 18);
                s.showText(right);
                s.endText();
            }
        }
    }

    PDDocument document() {
        return doc;
    }
}
