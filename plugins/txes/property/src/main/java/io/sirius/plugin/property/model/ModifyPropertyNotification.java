package io.sirius.plugin.property.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.List;

/**
 * A property transaction's modifications, all of them (one notification class per kind of value, so validators can
 * be registered for each).
 *
 * @param <V> the type of the values
 */
public interface ModifyPropertyNotification<V> extends Notification {

    /** @return the account whose property changes (the signer) */
    PublicKey key();

    /** @return the raw property type byte */
    int propertyType();

    /** @return the modifications, in wire order */
    List<PropertyModification<V>> modifications();
}
