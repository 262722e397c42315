package io.sirius.plugin.property.model;

import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.model.PublicKey;

/**
 * One modification of a Mosaic_Property transaction.
 *
 * @param key the signer
 * @param propertyType the raw property type byte
 * @param modification the modification
 */
public record ModifyMosaicPropertyValueNotification(PublicKey key, int propertyType,
        PropertyModification<UnresolvedMosaicId> modification) implements ModifyPropertyValueNotification<UnresolvedMosaicId> {
}
