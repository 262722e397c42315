package io.sirius.plugin.property.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;

/**
 * One modification of a property (one notification class per kind of value, so validators and observers can be
 * registered for each).
 *
 * @param <V> the type of the value
 */
public interface ModifyPropertyValueNotification<V> extends Notification {

    /** @return the account whose property changes (the signer) */
    PublicKey key();

    /** @return the raw property type byte */
    int propertyType();

    /** @return the modification */
    PropertyModification<V> modification();
}
