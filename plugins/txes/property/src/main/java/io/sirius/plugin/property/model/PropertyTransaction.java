package io.sirius.plugin.property.model;

import java.util.List;

/**
 * The body of a property transaction: {@code PropertyType u8 | ModificationsCount u8 | (ModificationType u8, Value) x
 * ModificationsCount}.
 *
 * @param <V> the type of the values it modifies
 */
public interface PropertyTransaction<V> {

    /** @return the raw property type byte (see {@link PropertyType}) */
    int propertyType();

    /** @return the modifications, in wire order, at most 255 */
    List<PropertyModification<V>> modifications();

    /**
     * @param propertyType a property type byte
     * @param modifications the modifications
     */
    static void check(int propertyType, List<?> modifications) {
        if (propertyType < 0 || propertyType > 0xFF) {
            throw new IllegalArgumentException("a property type is one byte, not " + propertyType);
        }
        if (modifications.size() > 0xFF) {
            throw new IllegalArgumentException("a property transaction carries at most 255 modifications, not "
                    + modifications.size());
        }
    }
}
