package io.sirius.plugin.namespace.model;

import java.util.Optional;

/**
 * What a Register_Namespace registers: a root (with a rental duration) or a child of an existing namespace.
 */
public enum NamespaceType {
    /** A root namespace, code 0. */
    ROOT(0),
    /** A child namespace, code 1. */
    CHILD(1);

    private final int code;

    NamespaceType(int code) {
        this.code = code;
    }

    /** @return the byte on the wire and in REST's {@code namespaceType} */
    public int code() {
        return code;
    }

    /**
     * @param code a byte from the wire
     * @return the type, or empty if the code names none (validators reject such a transaction)
     */
    public static Optional<NamespaceType> fromCode(int code) {
        for (NamespaceType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
