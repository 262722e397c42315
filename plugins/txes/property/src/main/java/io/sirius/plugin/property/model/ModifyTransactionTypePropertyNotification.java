package io.sirius.plugin.property.model;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.PublicKey;
import java.util.List;

/**
 * The modifications of a Transaction_Type_Property transaction.
 *
 * @param key the signer
 * @param propertyType the raw property type byte
 * @param modifications the modifications, in wire order
 */
public record ModifyTransactionTypePropertyNotification(PublicKey key, int propertyType,
        List<PropertyModification<EntityType>> modifications) implements ModifyPropertyNotification<EntityType> {

    /** Copies the modifications. */
    public ModifyTransactionTypePropertyNotification {
        modifications = List.copyOf(modifications);
    }
}
