package io.sirius.plugin.property.model;

/**
 * Sirius's modification type byte.
 */
public final class PropertyModificationType {
    /** Adds a value. */
    public static final int ADD = 0;
    /** Deletes a value. */
    public static final int DEL = 1;

    private PropertyModificationType() {
    }
}
