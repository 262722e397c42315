package io.sirius.api.notification;

import io.sirius.api.model.Timestamp;
import java.time.Duration;

/**
 * A deadline to check against the block time and the longest allowed lifetime.
 *
 * @param deadline the transaction's deadline
 * @param maxLifetime the type's own lifetime limit, or {@link Duration#ZERO} for the network default
 */
public record TransactionDeadlineNotification(Timestamp deadline, Duration maxLifetime) implements Notification {
}
