package io.sirius.plugin.property.model;

import io.sirius.api.model.UnresolvedMosaicId;
import java.util.List;

/**
 * The body of a Mosaic_Property transaction ({@link PropertyTypes#MOSAIC_PROPERTY}): each value is a mosaic id or alias.
 *
 * @param propertyType the raw property type byte
 * @param modifications the modifications, in wire order
 */
public record MosaicPropertyTransaction(int propertyType, List<PropertyModification<UnresolvedMosaicId>> modifications)
        implements PropertyTransaction<UnresolvedMosaicId> {

    /** Checks and copies the arguments. */
    public MosaicPropertyTransaction {
        modifications = List.copyOf(modifications);
        PropertyTransaction.check(propertyType, modifications);
    }
}
