package io.sirius.plugin.property.internal.plugin;

import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.model.PropertyTransaction;
import io.sirius.plugin.property.model.PropertyTypeNotification;
import java.util.Objects;

/**
 * Publishes a property transaction's notifications in Sirius's order: the property type, all modifications, then each
 * modification on its own.
 *
 * @param <V> the type of the values
 * @param <T> the body
 */
public final class PropertyTransactionHandler<V, T extends PropertyTransaction<V>> implements TransactionHandler<T> {
    private final ValueKind<V, T, ?, ?> kind;

    /**
     * @param kind the kind of values
     */
    public PropertyTransactionHandler(ValueKind<V, T, ?, ?> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public void publish(T transaction, TransactionContext context, NotificationSink sink) {
        sink.publish(new PropertyTypeNotification(transaction.propertyType(), context.type()));
        sink.publish(kind.modifications(context.signer(), transaction));
        for (PropertyModification<V> modification : transaction.modifications()) {
            sink.publish(kind.valueModification(context.signer(), transaction.propertyType(), modification));
        }
    }
}
