package io.sirius.plugin.property.model;

import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.model.PublicKey;
import java.util.List;

/**
 * The modifications of a Mosaic_Property transaction.
 *
 * @param key the signer
 * @param propertyType the raw property type byte
 * @param modifications the modifications, in wire order
 */
public record ModifyMosaicPropertyNotification(PublicKey key, int propertyType,
        List<PropertyModification<UnresolvedMosaicId>> modifications) implements ModifyPropertyNotification<UnresolvedMosaicId> {

    /** Copies the modifications. */
    public ModifyMosaicPropertyNotification {
        modifications = List.copyOf(modifications);
    }
}
