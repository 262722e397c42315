package io.sirius.api.plugin;

import io.sirius.api.notification.NotificationSink;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a transaction into notifications. Never validates and never changes state. Must be thread safe.
 *
 * @param <T> the body record
 */
@ConsumerType
@FunctionalInterface
public interface TransactionHandler<T> {

    /**
     * Publishes the transaction's notifications, switching on {@link TransactionContext#version()} where
     * versions differ. The kernel has already published the core notifications of every transaction
     * (signature, entity, deadline, fee).
     *
     * @param body the decoded body
     * @param context the header facts
     * @param sink where notifications go, in order
     */
    void publish(T body, TransactionContext context, NotificationSink sink);
}
