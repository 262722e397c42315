package io.sirius.plugin.aggregate.model;

import io.sirius.api.model.EntityType;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * The type of an aggregate (Sirius's {@code AggregateTransactionTypeNotification}), judged against
 * {@code enableBondedAggregateSupport}.
 *
 * @param type the aggregate's entity type
 */
public record AggregateTransactionTypeNotification(EntityType type) implements Notification {

    /** Checks for null. */
    public AggregateTransactionTypeNotification {
        Objects.requireNonNull(type, "type");
    }
}
