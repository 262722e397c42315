package io.sirius.api.model;

/**
 * How an account's key pair is derived and how it signs, carried in byte 2 of an entity's version field.
 *
 * <p>Accounts of the released Sirius networks sign with Ed25519 over SHA3-512 ({@link #UNSET} and
 * {@link #ED25519_SHA3}); account v2 signs with standard RFC 8032 Ed25519 over SHA-512.
 */
public enum DerivationScheme {
    /** Scheme byte 0: the pre-v2 form; signs as {@link #ED25519_SHA3}. */
    UNSET(0),
    /** Scheme byte 1: Ed25519 with SHA3-512. */
    ED25519_SHA3(1),
    /** Scheme byte 2: Ed25519 with SHA-512 (RFC 8032). */
    ED25519_SHA2(2);

    private final int code;

    DerivationScheme(int code) {
        this.code = code;
    }

    /** @return the scheme byte */
    public int code() {
        return code;
    }

    /** @return whether signatures use SHA3-512 (schemes 0 and 1) rather than SHA-512 */
    public boolean usesSha3() {
        return this != ED25519_SHA2;
    }

    /**
     * @param code a scheme byte
     * @return the scheme
     * @throws IllegalArgumentException for any byte other than 0, 1 or 2
     */
    public static DerivationScheme fromCode(int code) {
        switch (code) {
            case 0:
                return UNSET;
            case 1:
                return ED25519_SHA3;
            case 2:
                return ED25519_SHA2;
            default:
                throw new IllegalArgumentException("derivation scheme " + code + " is unknown; 0, 1 and 2 exist");
        }
    }
}
