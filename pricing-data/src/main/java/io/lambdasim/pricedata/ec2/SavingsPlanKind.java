package io.lambdasim.pricedata.ec2;

/**
 * The two Savings Plans that discount EC2 instances. Compute Savings Plans also apply to Fargate and Lambda; EC2
 * Instance Savings Plans are tied to one instance family in one region and discount more.
 */
public enum SavingsPlanKind {
    COMPUTE("compute", "Compute Savings Plan"),
    EC2_INSTANCE("ec2_instance", "EC2 Instance Savings Plan");

    private final String id;
    private final String label;

    SavingsPlanKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The spelling of the price file ({@code compute}, {@code ec2_instance}). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
