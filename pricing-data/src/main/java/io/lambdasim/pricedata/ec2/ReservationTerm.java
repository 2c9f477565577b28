package io.lambdasim.pricedata.ec2;

/** The length of a standard Reserved Instance commitment; LambdaSim prices the No Upfront payment option only. */
public enum ReservationTerm {
    ONE_YEAR("1yr", "1-year"),
    THREE_YEARS("3yr", "3-year");

    private final String leaseContractLength;
    private final String label;

    ReservationTerm(String leaseContractLength, String label) {
        this.leaseContractLength = leaseContractLength;
        this.label = label;
    }

    /** The spelling of AWS price list files ({@code LeaseContractLength}: {@code 1yr}, {@code 3yr}). */
    public String leaseContractLength() {
        return leaseContractLength;
    }

    /** {@code 1-year} or {@code 3-year}, for messages. */
    public String label() {
        return label;
    }
}
