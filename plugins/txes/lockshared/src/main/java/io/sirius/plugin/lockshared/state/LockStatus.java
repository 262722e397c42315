package io.sirius.plugin.lockshared.state;

/**
 * Whether a lock has paid out, with Sirius's values. A lock that ends unused stays {@link #UNUSED}: its family decides
 * who gets the funds (the harvester for a hash lock, the owner for a secret lock).
 */
public enum LockStatus {
    /** Not used: active until its height, paid out by its family's expiry rule at that height. */
    UNUSED(0),
    /** Used: its aggregate was confirmed, or its proof published. */
    USED(1);

    private final int code;

    LockStatus(int code) {
        this.code = code;
    }

    /** @return the value the state and REST use */
    public int code() {
        return code;
    }

    /**
     * @param code a value
     * @return the status
     * @throws IllegalArgumentException for another value
     */
    public static LockStatus fromCode(int code) {
        for (LockStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("lock status " + code + " is neither 0 nor 1");
    }
}
