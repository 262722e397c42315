package io.sirius.plugin.lockhash.state;

/**
 * Whether a lock has paid out, with Sirius's values. A lock that ends unused goes to the harvester and stays {@link #UNUSED}.
 */
public enum LockStatus {
    /** Not used: active until its height, forfeited to the harvester at that height. */
    UNUSED(0),
    /** Used: its aggregate was confirmed and the deposit returned. */
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
