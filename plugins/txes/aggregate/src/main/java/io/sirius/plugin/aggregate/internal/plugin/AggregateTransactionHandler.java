package io.sirius.plugin.aggregate.internal.plugin;

import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.EntityNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.notification.SignatureNotification;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import io.sirius.plugin.aggregate.model.AggregateEmbeddedTransactionNotification;
import io.sirius.plugin.aggregate.model.AggregateTransactionBody;
import io.sirius.plugin.aggregate.model.AggregateTransactionHashNotification;
import io.sirius.plugin.aggregate.model.AggregateTransactionTypeNotification;
import io.sirius.plugin.aggregate.model.AggregateTypes;
import java.util.List;

/**
 * Publishes an aggregate's notifications in Sirius's order ({@code AggregateTransactionPlugin::publish}):
 *
 * <ol>
 * <li>the aggregate's own: for version 3 of the V1 types its hash, then its type, then its cosignatures; for version 2
 *     its type, then its cosignatures; for the V2 types its type, its hash, then its cosignatures;
 * <li>for each embedded transaction: its signer's key, its network, type and version, the embedded transaction with
 *     the aggregate's signer and cosignatures, then the embedded transaction's own notifications, published by the
 *     plugin of its type;
 * <li>one signature per cosignature: the cosigner's signature of the aggregate's hash, in the cosigner's scheme.
 * </ol>
 *
 * <p>Sirius's source-change notifications (receipt sources) and the second, observer-only cosignatures notification
 * of version 3 have no counterpart: observers register for the one {@link AggregateCosignaturesNotification}.
 */
public final class AggregateTransactionHandler implements TransactionHandler<AggregateTransactionBody> {

    @Override
    public void publish(AggregateTransactionBody body, TransactionContext context, NotificationSink sink) {
        List<EmbeddedTransaction> transactions = body.transactions();
        List<Cosignature> cosignatures = body.cosignatures();
        AggregateTransactionHashNotification hash = new AggregateTransactionHashNotification(context.hash(), transactions);
        AggregateTransactionTypeNotification type = new AggregateTransactionTypeNotification(context.type());
        if (AggregateTypes.hasExtendedCosignatures(context.type())) {
            sink.publish(type);
            sink.publish(hash);
        } else {
            if (context.version() >= AggregateTypes.V1_VERSION) {
                sink.publish(hash);
            }
            sink.publish(type);
        }
        sink.publish(new AggregateCosignaturesNotification(context.signer(), transactions, cosignatures));
        for (EmbeddedTransaction transaction : transactions) {
            EmbeddedTransactionHeader header = transaction.header();
            sink.publish(new AccountPublicKeyNotification(header.signer()));
            sink.publish(new EntityNotification(header.version().networkIdentifier(), header.type(),
                    header.version().version()));
            sink.publish(new AggregateEmbeddedTransactionNotification(context.signer(), transaction, cosignatures));
            context.publishEmbedded(transaction, sink);
        }
        byte[] signed = context.hash().bytes();
        for (Cosignature cosignature : cosignatures) {
            sink.publish(new SignatureNotification(cosignature.signer(), cosignature.signature(), cosignature.scheme(),
                    signed));
        }
    }
}
