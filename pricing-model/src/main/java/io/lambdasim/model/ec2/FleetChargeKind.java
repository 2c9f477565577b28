package io.lambdasim.model.ec2;

/**
 * What a line of a fleet's bill charges for. (The Lambda bill's {@code billing.ChargeKind} has no EC2, Fargate or
 * front-door kinds; this enum keeps the two bills apart until they are compared side by side.)
 */
public enum FleetChargeKind {
    EC2_INSTANCES("EC2 instances"),
    FARGATE_VCPU("Fargate vCPU"),
    FARGATE_MEMORY("Fargate memory"),
    LOAD_BALANCER_HOURS("Load balancer hours"),
    LOAD_BALANCER_CAPACITY_UNITS("Load balancer capacity units"),
    API_GATEWAY_REQUESTS("API Gateway requests");

    private final String label;

    FleetChargeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the line is for the fleet's compute (instances or tasks), not its front door. */
    public boolean isCompute() {
        return this == EC2_INSTANCES || this == FARGATE_VCPU || this == FARGATE_MEMORY;
    }
}
