package io.lambdasim.pricedata;

import java.net.URI;
import java.util.Objects;

/**
 * The always-free monthly allowance: requests and GB-seconds, shared by all architectures in aggregate.
 * Following AWS's own provisioned-concurrency example, free requests count against all requests and free GB-seconds
 * against on-demand (non-PC) duration only.
 */
public record FreeTier(long requests, long gbSeconds, URI source, boolean verified) {

    public FreeTier {
        Objects.requireNonNull(source, "source");
        if (requests < 0 || gbSeconds < 0) {
            throw new IllegalArgumentException("negative free tier: " + requests + " requests, " + gbSeconds + " GB-s");
        }
    }
}
