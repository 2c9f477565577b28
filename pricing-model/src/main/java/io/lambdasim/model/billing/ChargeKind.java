package io.lambdasim.model.billing;

/** What a bill line charges for. */
public enum ChargeKind {
    REQUESTS("Requests"),
    DURATION("Duration"),
    PROVISIONED_CONCURRENCY("Provisioned concurrency"),
    PROVISIONED_DURATION("Provisioned duration"),
    EPHEMERAL_STORAGE("Ephemeral storage"),
    SNAPSTART_CACHE("SnapStart cache"),
    SNAPSTART_RESTORE("SnapStart restore");

    private final String label;

    ChargeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
