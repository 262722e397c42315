package io.sirius.api.account;

/**
 * How an account takes part in harvesting, with Sirius's numeric values.
 */
public enum AccountType {
    /** Not linked to another account. */
    UNLINKED(0),
    /** A main account that has linked a remote harvesting key. */
    MAIN(1),
    /** A remote harvesting account linked to a main account. */
    REMOTE(2),
    /** A remote account that is no longer linked. */
    REMOTE_UNLINKED(3);

    private final int code;

    AccountType(int code) {
        this.code = code;
    }

    /** @return the value REST and the serializer use */
    public int code() {
        return code;
    }

    /**
     * @param code a value
     * @return the type
     * @throws IllegalArgumentException for an unknown value
     */
    public static AccountType fromCode(int code) {
        for (AccountType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("account type " + code + " is unknown");
    }
}
