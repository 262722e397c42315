package io.sirius.api.notification;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A typed fact about a transaction or block. Implementations are immutable records; validators and
 * observers are registered for exactly one record class.
 */
@ConsumerType
public interface Notification {
}
