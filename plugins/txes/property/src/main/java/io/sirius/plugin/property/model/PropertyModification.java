package io.sirius.plugin.property.model;

import java.util.Objects;

/**
 * One modification of a property: {@code ModificationType u8 | Value}.
 *
 * @param type the raw modification type ({@link PropertyModificationType}; validators judge unknown values)
 * @param value the value (an unresolved address, an unresolved mosaic id or an entity type)
 * @param <V> the value's type
 */
public record PropertyModification<V>(int type, V value) {

    /** Checks the arguments. */
    public PropertyModification {
        Objects.requireNonNull(value, "value");
        if (type < 0 || type > 0xFF) {
            throw new IllegalArgumentException("a modification type is one byte, not " + type);
        }
    }
}
