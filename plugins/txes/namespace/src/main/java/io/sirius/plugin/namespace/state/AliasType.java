package io.sirius.plugin.namespace.state;

/**
 * What a namespace is an alias of, with Sirius's codes (also REST's {@code alias.type}).
 */
public enum AliasType {
    /** Nothing, code 0. */
    NONE(0),
    /** A mosaic, code 1. */
    MOSAIC(1),
    /** An account address, code 2. */
    ADDRESS(2);

    private final int code;

    AliasType(int code) {
        this.code = code;
    }

    /** @return the code stored and shown */
    public int code() {
        return code;
    }
}
