package io.sirius.plugin.aggregate.model;

import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.Hash256;
import io.sirius.api.notification.Notification;
import java.util.List;
import java.util.Objects;

/**
 * An aggregate's hash with its embedded transactions (Sirius's {@code AggregateTransactionHashNotification}, which
 * Sirius publishes for version 3 of the V1 types and for the V2 types, for plugins that record what an aggregate
 * carried under its hash). The aggregate plugin itself neither validates nor observes it.
 *
 * @param aggregateHash the aggregate's hash (what its cosigners sign)
 * @param transactions its embedded transactions, in order
 */
public record AggregateTransactionHashNotification(Hash256 aggregateHash, List<EmbeddedTransaction> transactions)
        implements Notification {

    /** Checks for null and copies the list. */
    public AggregateTransactionHashNotification {
        Objects.requireNonNull(aggregateHash, "aggregateHash");
        transactions = List.copyOf(transactions);
    }
}
