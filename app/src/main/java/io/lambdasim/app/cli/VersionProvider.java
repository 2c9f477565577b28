package io.lambdasim.app.cli;

import io.lambdasim.app.about.Version;
import io.lambdasim.pricedata.PriceCatalog;
import io.lambdasim.pricedata.PriceEditionLoader;
import io.lambdasim.pricedata.PriceEdition;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** {@code --version}: the version, the Java runtime, and the price editions bundled. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        PriceCatalog catalog = PriceEditionLoader.loadBundled();
        String editions = catalog.editions().stream().map(PriceEdition::id).collect(Collectors.joining(", "));
        return new String[] {
            "LambdaSim " + Version.get(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")",
            "Price editions: " + editions,
        };
    }
}
