package io.sirius.plugin.multisig.model;

/**
 * What a cosignatory modification does, with Sirius's byte values. The wire may carry other bytes; they decode, and
 * the modification validator refuses them ({@code Failure_Multisig_Modify_Unsupported_Modification_Type}), as in
 * Sirius.
 */
public enum CosignatoryModificationType {
    /** Adds a cosignatory, 0. */
    ADD(0),
    /** Removes a cosignatory, 1. */
    DEL(1);

    private final int code;

    CosignatoryModificationType(int code) {
        this.code = code;
    }

    /** @return the byte on the wire */
    public int code() {
        return code;
    }
}
