package io.sirius.api.result;

/**
 * The two high bits of a result code.
 */
public enum Severity {
    /** The rule passed. */
    SUCCESS(0, "Success"),
    /** The rule does not apply; not a failure. */
    NEUTRAL(1, "Neutral"),
    /** The rule failed: the transaction or block is rejected. */
    FAILURE(2, "Failure");

    private final int bits;
    private final String label;

    Severity(int bits, String label) {
        this.bits = bits;
        this.label = label;
    }

    /** @return the two-bit value */
    public int bits() {
        return bits;
    }

    /** @return the prefix of status names: {@code Success}, {@code Neutral} or {@code Failure} */
    public String label() {
        return label;
    }

    /**
     * @param bits the two high bits of a code
     * @return the severity
     */
    public static Severity fromBits(int bits) {
        switch (bits) {
            case 0:
                return SUCCESS;
            case 1:
                return NEUTRAL;
            case 2:
                return FAILURE;
            default:
                throw new IllegalArgumentException("severity bits " + bits + " are not defined");
        }
    }
}
