package io.lambdasim.model.ec2;

/**
 * What stands in front of the fleet and bills for it: nothing (the fleet is reached directly or through something
 * priced elsewhere), an Application Load Balancer, or an API Gateway HTTP or REST API. Every request that reaches the
 * fleet passes the front door and is counted by it, rejected and abandoned ones included (they got an error response).
 */
public sealed interface FrontDoor permits FrontDoor.None, FrontDoor.Alb, FrontDoor.HttpApi, FrontDoor.RestApi {

    /** A short description for reports. */
    String describe();

    static FrontDoor none() {
        return new None();
    }

    /** An ALB with a new connection per request, no processed bytes counted and no billable rule evaluations. */
    static Alb alb() {
        return new Alb(1, 0, 0);
    }

    static HttpApi httpApi(long payloadBytes) {
        return new HttpApi(payloadBytes);
    }

    static RestApi restApi() {
        return new RestApi();
    }

    /** No front door is priced. */
    record None() implements FrontDoor {
        @Override
        public String describe() {
            return "none";
        }
    }

    /**
     * An Application Load Balancer: billed per hour or partial hour, plus per LCU-hour, where the LCUs of each clock
     * hour of the run are the largest of: new connections per second / 25, mean active connections / 3,000, GB
     * processed in the hour / 1, billable rule evaluations per second / 1,000 (the allowances of the price file).
     *
     * @param requestsPerConnection  requests carried by one client connection (1: no keep-alive, the most LCUs)
     * @param bytesPerRequest        bytes processed per request, request and response together (a GB is 2³⁰ bytes)
     * @param ruleEvaluationsPerRequest listener rules evaluated per request; the free ones of the price file come off
     */
    record Alb(long requestsPerConnection, long bytesPerRequest, int ruleEvaluationsPerRequest) implements FrontDoor {
        public Alb {
            if (requestsPerConnection < 1) {
                throw new IllegalArgumentException("requests per connection must be at least 1, was "
                        + requestsPerConnection);
            }
            if (bytesPerRequest < 0 || ruleEvaluationsPerRequest < 0) {
                throw new IllegalArgumentException("bytes and rule evaluations per request must not be negative");
            }
        }

        @Override
        public String describe() {
            return "Application Load Balancer";
        }
    }

    /**
     * An API Gateway HTTP API: billed per request in monthly volume tiers; a request is metered in increments of the
     * price file's size (512 KB), so one of {@code payloadBytes} counts ceil(payload / increment) times (at least once).
     */
    record HttpApi(long payloadBytes) implements FrontDoor {
        public HttpApi {
            if (payloadBytes < 0) {
                throw new IllegalArgumentException("payload must not be negative, was " + payloadBytes);
            }
        }

        @Override
        public String describe() {
            return "API Gateway HTTP API";
        }
    }

    /** An API Gateway REST API: billed per request in monthly volume tiers (caching not priced). */
    record RestApi() implements FrontDoor {
        @Override
        public String describe() {
            return "API Gateway REST API";
        }
    }
}
