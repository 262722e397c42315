package io.sirius.plugin.namespace.model;

import java.util.Optional;

/**
 * What an alias transaction does to a namespace's alias.
 */
public enum AliasAction {
    /** Link the namespace to an address or mosaic, code 0. */
    LINK(0),
    /** Remove the namespace's alias, code 1. */
    UNLINK(1);

    private final int code;

    AliasAction(int code) {
        this.code = code;
    }

    /** @return the byte on the wire and in REST's {@code aliasAction} */
    public int code() {
        return code;
    }

    /**
     * @param code a byte from the wire
     * @return the action, or empty if the code names none (validators reject such a transaction)
     */
    public static Optional<AliasAction> fromCode(int code) {
        for (AliasAction action : values()) {
            if (action.code == code) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
