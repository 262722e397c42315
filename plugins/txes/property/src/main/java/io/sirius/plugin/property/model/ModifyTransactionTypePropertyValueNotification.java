package io.sirius.plugin.property.model;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.PublicKey;

/**
 * One modification of a Transaction_Type_Property transaction.
 *
 * @param key the signer
 * @param propertyType the raw property type byte
 * @param modification the modification
 */
public record ModifyTransactionTypePropertyValueNotification(PublicKey key, int propertyType,
        PropertyModification<EntityType> modification) implements ModifyPropertyValueNotification<EntityType> {
}
