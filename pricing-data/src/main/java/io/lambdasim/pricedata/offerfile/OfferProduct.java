package io.lambdasim.pricedata.offerfile;

import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.Regions;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/** A product an importer kept from an offer file: enough to name it and to tell its region. */
public interface OfferProduct {

    String sku();

    /** Where it stands in the file: {@code products.<sku>}. */
    String path();

    /** The {@code regionCode} attribute, null when absent. */
    String regionCode();

    /** The {@code location} attribute ({@code EU (Ireland)}), null when absent. */
    String location();

    /**
     * The region of a file's products: each product's regionCode, else the region of its location, else what
     * {@code fallback} tells. Products that tell none are passed over; the others must all tell the same known region.
     * {@code cannotTell} completes the failure when no product tells one.
     */
    static <P extends OfferProduct> String region(String sourceName, Collection<P> products,
                                                  Function<P, Optional<String>> fallback, String cannotTell) {
        String found = null;
        P foundIn = null;
        for (P p : products) {
            String r = p.regionCode() != null ? p.regionCode() : Regions.codeForLocation(p.location()).orElse(null);
            if (r == null) {
                r = fallback.apply(p).orElse(null);
            }
            if (r == null) {
                continue;
            }
            if (!Regions.isKnown(r)) {
                throw new PriceDataException(sourceName, p.path() + ".attributes.regionCode",
                        "unknown region '" + r + "'");
            }
            if (found != null && !found.equals(r)) {
                throw new PriceDataException(sourceName, p.path() + ".attributes", "products of two regions in one "
                        + "file: " + foundIn.sku() + " is in " + found + ", " + p.sku() + " in " + r
                        + " (import one region's file)");
            }
            found = r;
            foundIn = p;
        }
        if (found == null) {
            throw new PriceDataException(sourceName, "products", "cannot tell the region: " + cannotTell);
        }
        return found;
    }
}
