package io.lambdasim.pricedata.ec2;

import io.lambdasim.pricedata.PriceDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the EC2 prices of one region from an AWS Price List offer file
 * ({@code https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/<version|current>/<region>/index.json},
 * hundreds of MB), streaming it.
 *
 * <p>Kept: products of family {@code Compute Instance} with operatingSystem {@code Linux}, tenancy {@code Shared},
 * preInstalledSw {@code NA}, capacitystatus {@code Used} and licenseModel {@code No License required} (so no Windows,
 * RHEL/SUSE, SQL Server, dedicated instances or hosts, nor capacity reservations). For each: the on-demand price per
 * hour, and the hourly price of standard No Upfront Reserved Instances for 1 and 3 years when the file has them. The
 * rates are {@code verified} and cite the versioned offer file. The table takes effect on the latest
 * {@code effectiveDate} of the on-demand terms read (date part, UTC), else on the file's {@code publicationDate}.
 * Every problem is a {@link PriceDataException} naming the file and the JSON path.
 */
public final class Ec2OfferFileImporter {

    private Ec2OfferFileImporter() {
    }

    /** Every instance type of the offer file {@code file}. */
    public static Ec2PriceTable read(Path file) {
        return read(file, Set.of());
    }

    /** The instance types {@code types} of the offer file {@code file} (all of them when {@code types} is empty). */
    public static Ec2PriceTable read(Path file, Set<String> types) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, types);
        } catch (IOException e) {
            throw new PriceDataException(file.toString(), "(file)", "cannot read: " + e, e);
        }
    }

    /**
     * The instance types {@code types} (all when empty) of an offer file read from {@code in}; {@code sourceName}
     * names it in messages and becomes the table's source file. The stream is closed.
     */
    public static Ec2PriceTable read(String sourceName, InputStream in, Set<String> types) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(types, "types");
        Ec2OfferParser parsed = new Ec2OfferParser(sourceName).parse(Objects.requireNonNull(in, "in"));
        return new Ec2OfferAssembly(sourceName, parsed, Set.copyOf(types)).build();
    }
}
