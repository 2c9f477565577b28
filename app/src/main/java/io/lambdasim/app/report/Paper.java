package io.lambdasim.app.report;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The page sizes a report can be printed on. */
public enum Paper {
    /** ISO A4, 210 × 297 mm. */
    A4(PDRectangle.A4),
    /** US Letter, 8.5 × 11 in. */
    LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    /** The media box of a page, in points. */
    public PDRectangle size() {
        return new PDRectangle(size.getWidth(), size.getHeight());
    }
}
