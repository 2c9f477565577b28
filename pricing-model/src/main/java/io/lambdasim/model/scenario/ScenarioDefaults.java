package io.lambdasim.model.scenario;

import io.lambdasim.model.capacity.AccountSpec;
import io.lambdasim.model.capacity.ScalingModel;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The values a scenario file may leave out, and the limits of the values it may give; {@code docs/scenario-format.md}
 * lists the same. Defaults follow Lambda's own where it has one (memory, timeout, ephemeral storage, maximum event
 * age, account limits).
 */
public final class ScenarioDefaults {

    static final long SECOND_US = 1_000_000L;
    static final long MINUTE_US = 60 * SECOND_US;
    static final long HOUR_US = 60 * MINUTE_US;
    static final long DAY_US = 24 * HOUR_US;

    /** Simulated time: one day. */
    public static final long HORIZON_US = DAY_US;
    /** The longest horizon a scenario may ask for: 366 days. */
    public static final long MAX_HORIZON_US = 366 * DAY_US;
    public static final long WARMUP_US = 0;
    /** Time-series bins: one minute. */
    public static final long BIN_US = MINUTE_US;
    public static final int REPLICATIONS = 1;
    public static final ZoneId TIME_ZONE = ZoneOffset.UTC;
    public static final String REGION = "us-east-1";
    public static final boolean FREE_TIER = true;

    public static final int CONCURRENCY_LIMIT = 1000;
    /** The largest account concurrency limit a scenario may state. */
    public static final int MAX_CONCURRENCY_LIMIT = 1_000_000;
    /** AWS keeps 100 unreserved (or the whole limit, if it is smaller). */
    public static final int MIN_UNRESERVED = 100;

    public static final int MEMORY_MB = 128;
    public static final String RUNTIME = "nodejs22.x";
    /** Lambda's default timeout, 3 s (the quick mode of the command line uses 900 s instead). */
    public static final long TIMEOUT_US = 3 * SECOND_US;
    public static final int EPHEMERAL_MB = 512;
    public static final long MAX_EVENT_AGE_US = 6 * HOUR_US;
    public static final long MIN_EVENT_AGE_US = MINUTE_US;
    /** Idle environments live about ten minutes (measured since mid 2019; AWS publishes no figure). */
    public static final String KEEP_ALIVE = "const:10min";
    /** The highest arrival rate a scenario may state, per second. */
    public static final double MAX_RATE_PER_SECOND = 1_000_000;

    private ScenarioDefaults() {
    }

    /**
     * The account-wide burst of the scaling model before November 2023: 3,000 in us-east-1, us-west-2 and eu-west-1;
     * 1,000 in ap-northeast-1, eu-central-1 and us-east-2; 500 elsewhere.
     */
    public static int legacyBurst(String region) {
        return switch (region) {
            case "us-east-1", "us-west-2", "eu-west-1" -> 3000;
            case "ap-northeast-1", "eu-central-1", "us-east-2" -> 1000;
            default -> 500;
        };
    }

    /** The concurrency that stays unreserved by default under an account limit. */
    public static int minUnreserved(int concurrencyLimit) {
        return Math.min(MIN_UNRESERVED, concurrencyLimit);
    }

    /** Today's account with the given limit: 1,000 new environments per function every 10 s. */
    public static AccountSpec account(int concurrencyLimit) {
        return new AccountSpec(concurrencyLimit, minUnreserved(concurrencyLimit),
                ScalingModel.PER_FUNCTION_2023, 1000, AccountSpec.TEN_SECONDS_US);
    }
}
