package io.sirius.plugin.property.model;

import io.sirius.api.model.UnresolvedAddress;
import java.util.List;

/**
 * The body of an Address_Property transaction ({@link PropertyTypes#ADDRESS_PROPERTY}): each value is an address or alias.
 *
 * @param propertyType the raw property type byte
 * @param modifications the modifications, in wire order
 */
public record AddressPropertyTransaction(int propertyType, List<PropertyModification<UnresolvedAddress>> modifications)
        implements PropertyTransaction<UnresolvedAddress> {

    /** Checks and copies the arguments. */
    public AddressPropertyTransaction {
        modifications = List.copyOf(modifications);
        PropertyTransaction.check(propertyType, modifications);
    }
}
