package io.sirius.plugin.property.model;

import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.PublicKey;
import java.util.List;

/**
 * The modifications of a Address_Property transaction.
 *
 * @param key the signer
 * @param propertyType the raw property type byte
 * @param modifications the modifications, in wire order
 */
public record ModifyAddressPropertyNotification(PublicKey key, int propertyType,
        List<PropertyModification<UnresolvedAddress>> modifications) implements ModifyPropertyNotification<UnresolvedAddress> {

    /** Copies the modifications. */
    public ModifyAddressPropertyNotification {
        modifications = List.copyOf(modifications);
    }
}
