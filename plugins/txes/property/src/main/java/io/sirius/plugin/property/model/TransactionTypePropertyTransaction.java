package io.sirius.plugin.property.model;

import io.sirius.api.model.EntityType;
import java.util.List;

/**
 * The body of a Transaction_Type_Property transaction ({@link PropertyTypes#TRANSACTION_TYPE_PROPERTY}): each value is a transaction type.
 *
 * @param propertyType the raw property type byte
 * @param modifications the modifications, in wire order
 */
public record TransactionTypePropertyTransaction(int propertyType, List<PropertyModification<EntityType>> modifications)
        implements PropertyTransaction<EntityType> {

    /** Checks and copies the arguments. */
    public TransactionTypePropertyTransaction {
        modifications = List.copyOf(modifications);
        PropertyTransaction.check(propertyType, modifications);
    }
}
