package io.lambdasim.workload.random;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Named random streams derived from a scenario's master seed (ADR 0003): one stream per source of randomness, one
 * substream per replication, the same numbers on any machine, JVM and thread count.
 *
 * <p>The derivation is part of the definition of every result, and golden tests pin it:
 * <pre>
 *   GOLDEN       = 0x9E3779B97F4A7C15
 *   fmix(z)      = SplitMix64 finaliser: z ^= z &gt;&gt;&gt; 30; z *= 0xBF58476D1CE4E5B9;
 *                                       z ^= z &gt;&gt;&gt; 27; z *= 0x94D049BB133111EB; z ^ (z &gt;&gt;&gt; 31)
 *   mix(a, b)    = fmix(a ^ fmix(b + GOLDEN))
 *   nameHash     = 64-bit FNV-1a of the name's UTF-8 bytes
 *   streamKey    = mix(masterSeed, nameHash)
 *   substreamKey = mix(streamKey, replication)
 *   seed         = { fmix(substreamKey + GOLDEN), fmix(substreamKey + 2 * GOLDEN) }
 * </pre>
 * that is, the name's hash and then the replication are mixed in by the same function, and the 64-bit substream key
 * is expanded to the 128-bit state of a XoRoShiRo128++ generator by the first two outputs of a SplitMix64 generator
 * started at that key (the expansion the generator's authors recommend). For a fixed master seed, {@code mix} is a
 * bijection of the name's hash and then of the replication, so different names (with different hashes) and different
 * replications of one name always get different keys. The two seed words are never both zero.
 *
 * <p>Each call to {@link #stream} returns a new generator at the start of its substream; generators are not
 * thread-safe and are meant to be owned by one model component of one replication.
 */
public final class RandomStreams {

    /** The stream of arrival times. */
    public static final String ARRIVALS = "arrivals";
    /** The stream of invocation durations. */
    public static final String DURATIONS = "durations";
    /** The stream of INIT (cold start) durations. */
    public static final String INIT = "init";
    /** The stream of keep-alive lifetimes of idle execution environments. */
    public static final String KEEP_ALIVE = "keep-alive";

    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET_BASIS = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private final long masterSeed;

    /** Streams derived from {@code masterSeed}; any value is allowed, including 0. */
    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    /** The master seed every stream derives from (reports show it). */
    public long masterSeed() {
        return masterSeed;
    }

    /**
     * A new generator for substream {@code replication} of stream {@code name}, seeded with
     * {@link #seed(String, int)}: identical inputs give identical numbers, different names or replications give
     * independent ones.
     *
     * @param name the stream's name, non-empty (for example {@link #DURATIONS})
     * @param replication the replication's number, {@code >= 0}
     */
    public UniformRandomProvider stream(String name, int replication) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed(name, replication));
    }

    /** The 128-bit seed (two {@code long}s) of substream {@code replication} of stream {@code name}; a fresh array. */
    public long[] seed(String name, int replication) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a stream needs a name");
        }
        if (replication < 0) {
            throw new IllegalArgumentException("negative replication " + replication + " of stream \"" + name + "\"");
        }
        long streamKey = mix(masterSeed, nameHash(name));
        long substreamKey = mix(streamKey, replication);
        return new long[] {fmix(substreamKey + GOLDEN_GAMMA), fmix(substreamKey + 2 * GOLDEN_GAMMA)};
    }

    /** The stable 64-bit FNV-1a hash of {@code name}'s UTF-8 bytes (never {@link String#hashCode()}). */
    public static long nameHash(String name) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** Mixes {@code b} into {@code a}; a bijection of each argument when the other is fixed. */
    static long mix(long a, long b) {
        return fmix(a ^ fmix(b + GOLDEN_GAMMA));
    }

    /** The SplitMix64 finaliser (Stafford's variant 13), a bijection of 64-bit values. */
    static long fmix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
