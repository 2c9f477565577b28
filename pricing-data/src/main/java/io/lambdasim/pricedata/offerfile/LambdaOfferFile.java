package io.lambdasim.pricedata.offerfile;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ArchitectureRates;
import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.pricedata.Rate;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Lambda rates read from one region's AWS price list offer file: prices only. Billing rules, memory limits and
 * the free tier are not in offer files; {@link #toEdition(PriceEdition)} takes them from a base edition.
 *
 * @param sourceName      the file read, for messages and as the edition's source file
 * @param offerVersion    the offer file's {@code version} ({@code 20250801120000}), or {@code current} when absent
 * @param publicationDate the date part of {@code publicationDate}, when present
 * @param region          the region code of the products read
 * @param effectiveDate   the latest {@code effectiveDate} of the on-demand terms read (or the publication date)
 * @param remarks         what the import noticed and the edition's notes should say
 */
public record LambdaOfferFile(String sourceName, String offerVersion, Optional<LocalDate> publicationDate,
                              String region, LocalDate effectiveDate, Rate requests,
                              Map<Architecture, ArchitectureRates> architectures, Optional<Rate> ephemeralStorage,
                              Optional<Rate> snapStartCache, Optional<Rate> snapStartRestore, List<String> remarks) {

    public LambdaOfferFile {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(offerVersion, "offerVersion");
        Objects.requireNonNull(publicationDate, "publicationDate");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(ephemeralStorage, "ephemeralStorage");
        Objects.requireNonNull(snapStartCache, "snapStartCache");
        Objects.requireNonNull(snapStartRestore, "snapStartRestore");
        architectures = Map.copyOf(new EnumMap<>(architectures));
        remarks = List.copyOf(remarks);
    }

    /**
     * A price edition with these prices, effective on {@link #effectiveDate()}, whose billing rules, memory limits
     * and free tier are copied from {@code base} (an edition of the same region, typically the bundled one in force
     * on that date).
     *
     * @throws PriceDataException when {@code base} is of another region
     */
    public PriceEdition toEdition(PriceEdition base) {
        Objects.requireNonNull(base, "base");
        if (!base.region().equals(region)) {
            throw new PriceDataException(sourceName, "(region)", "the offer file is for " + region
                    + " but the base edition " + base.id() + " is for " + base.region());
        }
        StringBuilder notes = new StringBuilder("Imported from the AWS price list offer file ").append(sourceName)
                .append(" (AWSLambda, ").append(region).append(", offer version ").append(offerVersion);
        publicationDate.ifPresent(d -> notes.append(", published ").append(d));
        notes.append("). Billing rules, memory limits and free tier are not in offer files: copied from edition ")
                .append(base.id()).append('.');
        for (String remark : remarks) {
            notes.append(' ').append(remark);
        }
        return new PriceEdition(region + "/" + effectiveDate, region, effectiveDate, "USD", sourceName,
                notes.toString(), base.rules(), base.memory(), requests, architectures, ephemeralStorage,
                snapStartCache, snapStartRestore, base.freeTier());
    }
}
