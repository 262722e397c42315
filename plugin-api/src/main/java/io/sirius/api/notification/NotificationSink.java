package io.sirius.api.notification;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a handler publishes the notifications of a transaction, in order.
 */
@ProviderType
@FunctionalInterface
public interface NotificationSink {

    /**
     * @param notification the next notification
     */
    void publish(Notification notification);
}
