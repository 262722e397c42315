package io.sirius.plugin.metadata.model;

import java.util.Optional;

/**
 * What a metadata entry is attached to, with Sirius's one-byte values (part of the composite hash and of the entry).
 */
public enum MetadataType {
    /** An account, named by its public key; the target id is 0. */
    ACCOUNT(0),
    /** A mosaic owned by the target key; the target id is the mosaic id. */
    MOSAIC(1),
    /** A namespace owned by the target key; the target id is the namespace id. */
    NAMESPACE(2);

    private final int code;

    MetadataType(int code) {
        this.code = code;
    }

    /** @return the byte value */
    public int code() {
        return code;
    }

    /**
     * @param code a byte value
     * @return the type, or empty if the value names none
     */
    public static Optional<MetadataType> fromCode(int code) {
        for (MetadataType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
