package io.lambdasim.app.cli;

import io.lambdasim.app.about.BundledPrices;
import io.lambdasim.app.about.Version;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** {@code --version}: the version, the Java runtime, and the price editions bundled (region and effective date). */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("LambdaSim " + Version.get());
        lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.home") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ")");
        lines.addAll(BundledPrices.lines());
        // Picocli formats version lines with String.format: a '%' in a path or a message must stay a '%'.
        return lines.stream().map(l -> l.replace("%", "%%")).toArray(String[]::new);
    }
}
