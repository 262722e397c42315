package io.sirius.plugin.lockhash.internal.plugin;

import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.lockhash.model.HashLockDurationNotification;
import io.sirius.plugin.lockhash.model.HashLockMosaicNotification;
import io.sirius.plugin.lockhash.model.HashLockNotification;
import io.sirius.plugin.lockhash.model.HashLockTransaction;

/**
 * Publishes a hash lock's notifications in Sirius's order: the duration and the deposit are checked, the deposit leaves
 * the signer (a core debit, so the core checks the balance), and the lock is created.
 */
public final class HashLockTransactionHandler implements TransactionHandler<HashLockTransaction> {

    @Override
    public void publish(HashLockTransaction lock, TransactionContext context, NotificationSink sink) {
        sink.publish(new HashLockDurationNotification(lock.duration()));
        sink.publish(new HashLockMosaicNotification(lock.mosaic()));
        sink.publish(new BalanceDebitNotification(context.signer(), lock.mosaic().id(), lock.mosaic().amount()));
        sink.publish(new HashLockNotification(context.signer(), lock.mosaic(), lock.duration(), lock.hash()));
    }
}
