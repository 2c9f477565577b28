package io.lambdasim.app.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's one typeface, DejaVu Sans (regular and bold, shipped as resources with their licence,
 * {@code fonts/LICENSE-DejaVu.txt}), embedded as subsets in the PDF, and the same faces as AWT fonts so that the
 * charts drawn through the Graphics2D bridge measure and show their text with the embedded fonts.
 */
final class ReportFonts {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    private static final byte[] REGULAR_BYTES = bytes(REGULAR);
    private static final byte[] BOLD_BYTES = bytes(BOLD);
    private static final Font AWT_REGULAR = awt(REGULAR_BYTES);
    private static final Font AWT_BOLD = awt(BOLD_BYTES);

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PdfBoxGraphics2DFontTextDrawer chartText;
    private final Map<Character, Boolean> encodable = new HashMap<>();

    ReportFonts(PDDocument doc) throws IOException {
        regular = PDType0Font.load(doc, new ByteArrayInputStream(REGULAR_BYTES), true);
        bold = PDType0Font.load(doc, new ByteArrayInputStream(BOLD_BYTES), true);
        chartText = new PdfBoxGraphics2DFontTextDrawer();
        chartText.registerFont(AWT_REGULAR.getFontName(), regular);
        chartText.registerFont(AWT_BOLD.getFontName(), bold);
    }

    PDType0Font regular() {
        return regular;
    }

    PDType0Font bold() {
        return bold;
    }

    /** Draws chart text with the embedded fonts. */
    PdfBoxGraphics2DFontTextDrawer chartText() {
        return chartText;
    }

    /** The regular face at {@code size} points, for charts. */
    static Font awtRegular(float size) {
        return AWT_REGULAR.deriveFont(size);
    }

    /** The bold face at {@code size} points, for charts. */
    static Font awtBold(float size) {
        return AWT_BOLD.deriveFont(size);
    }

    /** {@code text} with every character the font cannot show replaced by '?', and control characters by spaces. */
    String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(' ');
            } else if (encodable.computeIfAbsent(c, this::canEncode)) {
                b.append(c);
            } else {
                b.append('?');
            }
        }
        return b.toString();
    }

    private boolean canEncode(char c) {
        try {
            regular.encode(String.valueOf(c));
            bold.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    float width(PDType0Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read the report font", e);
        }
    }
}
