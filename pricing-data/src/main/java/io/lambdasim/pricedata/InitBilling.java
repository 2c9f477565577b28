package io.lambdasim.pricedata;

/**
 * Which cold starts have their INIT phase billed as duration. See ADR 0005 and docs/PRICING.md: from 1 August 2025
 * AWS bills INIT for every on-demand invocation; before, only custom runtimes and container images were billed for it.
 */
public enum InitBilling {
    /** INIT is billed on every cold start (the rule since 1 August 2025). */
    ALWAYS,
    /** INIT is billed only for custom runtimes ({@code provided.*}) and container images (the rule before August 2025). */
    CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY,
    /** INIT is never billed (for what-if comparisons only; no AWS edition used it). */
    NEVER;

    /** Whether a cold start of a function with this packaging and runtime kind has its INIT billed. */
    public boolean billsInit(Packaging packaging, RuntimeKind runtimeKind) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY ->
                    packaging == Packaging.CONTAINER_IMAGE || runtimeKind == RuntimeKind.CUSTOM;
        };
    }
}
