package io.lambdasim.pricedata.offerfile;

import io.lambdasim.pricedata.PriceCatalog;
import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.PriceEdition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the Lambda prices of one region from an AWS Price List offer file
 * ({@code .../offers/v1.0/aws/AWSLambda/<version>/<region>/index.json}), streaming it.
 *
 * <p>Priced: {@code Request}, {@code Lambda-GB-Second} (with its volume tiers), {@code Lambda-Provisioned-Concurrency},
 * {@code Lambda-Provisioned-GB-Second}, each also as {@code -ARM}; {@code Lambda-Storage-GB-Second},
 * {@code Lambda-SnapStart-Cached-GB-S} and {@code Lambda-SnapStart-Restored-GB}; all with or without the region prefix
 * ({@code EU-}, {@code APS1-}...), from products of family {@code Serverless}. Everything else (Lambda@Edge, the
 * {@code Global-} free-tier rows, data transfer...) is ignored. Only on-demand terms ({@value #ON_DEMAND_TERM_CODE})
 * are read. Billing rules, memory limits and the free tier are not in offer files: they come from a base edition.
 */
public final class LambdaOfferFileImporter {

    /** The offer term code of on-demand prices. */
    public static final String ON_DEMAND_TERM_CODE = "JRTCKXETXF";

    private LambdaOfferFileImporter() {
    }

    /** The prices in {@code file} as an edition whose rules, memory limits and free tier come from {@code base}. */
    public static PriceEdition importFile(Path file, PriceEdition base) {
        return read(file).toEdition(base);
    }

    /**
     * The prices in {@code file} as an edition whose rules, memory limits and free tier come from the edition of
     * {@code catalog} in force in the file's region on its effective date (typically the bundled catalog).
     */
    public static PriceEdition importFile(Path file, PriceCatalog catalog) {
        LambdaOfferFile offer = read(file);
        PriceEdition base;
        try {
            base = catalog.edition(offer.region(), offer.effectiveDate());
        } catch (IllegalArgumentException e) {
            throw new PriceDataException(offer.sourceName(), "(base edition)", "no edition to take billing rules "
                    + "and free tier from: " + e.getMessage() + "; pass a base edition explicitly", e);
        }
        return offer.toEdition(base);
    }

    /** Reads the Lambda prices of the offer file {@code file}. */
    public static LambdaOfferFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new PriceDataException(file.toString(), "(file)", "cannot read: " + e, e);
        }
    }

    /** Reads the Lambda prices of an offer file from {@code in}; {@code sourceName} names it in messages. */
    public static LambdaOfferFile read(String sourceName, InputStream in) {
        Objects.requireNonNull(sourceName, "sourceName");
        OfferFileParser parsed = new OfferFileParser(sourceName).parse(Objects.requireNonNull(in, "in"));
        return new OfferRatesAssembly(sourceName, parsed).build();
    }
}
