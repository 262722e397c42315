package io.sirius.plugin.property.model;

import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.PublicKey;

/**
 * One modification of a Address_Property transaction.
 *
 * @param key the signer
 * @param propertyType the raw property type byte
 * @param modification the modification
 */
public record ModifyAddressPropertyValueNotification(PublicKey key, int propertyType,
        PropertyModification<UnresolvedAddress> modification) implements ModifyPropertyValueNotification<UnresolvedAddress> {
}
