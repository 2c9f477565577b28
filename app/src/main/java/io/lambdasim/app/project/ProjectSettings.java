package io.lambdasim.app.project;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the window showed when the project was saved, so that it opens the same way.
 *
 * @param selectedDesign the design selected in the views, if any (a name of the scenario's designs)
 * @param view           the view in front
 * @param paperSize      the paper size of printed reports
 */
public record ProjectSettings(Optional<String> selectedDesign, View view, PaperSize paperSize) {

    /** The settings of a new project: no design selected, the cost view, A4 paper. */
    public static final ProjectSettings DEFAULT = new ProjectSettings(Optional.empty(), View.COST, PaperSize.A4);

    public ProjectSettings {
        Objects.requireNonNull(selectedDesign, "selectedDesign");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(paperSize, "paperSize");
        if (selectedDesign.isPresent() && selectedDesign.get().isBlank()) {
            throw new IllegalArgumentException("a selected design needs a name");
        }
    }

    public ProjectSettings withSelectedDesign(String design) {
        return new ProjectSettings(Optional.ofNullable(design), view, paperSize);
    }

    public ProjectSettings withView(View v) {
        return new ProjectSettings(selectedDesign, v, paperSize);
    }

    public ProjectSettings withPaperSize(PaperSize p) {
        return new ProjectSettings(selectedDesign, view, p);
    }

    /** The views of the window (issue 6). Written in files by {@link #id()}. */
    public enum View {
        COST, CAPACITY, LATENCY, COMPARE, BREAKEVEN, RECOMMENDATIONS;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static String ids() {
            return String.join(", ", Arrays.stream(values()).map(View::id).toList());
        }
    }

    /** Paper sizes for reports. Written in files by {@link #id()}. */
    public enum PaperSize {
        A4, LETTER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static String ids() {
            return String.join(", ", Arrays.stream(values()).map(PaperSize::id).toList());
        }
    }
}
