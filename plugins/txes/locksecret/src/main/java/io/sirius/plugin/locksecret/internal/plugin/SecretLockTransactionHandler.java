package io.sirius.plugin.locksecret.internal.plugin;

import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.locksecret.model.SecretLockDurationNotification;
import io.sirius.plugin.locksecret.model.SecretLockHashAlgorithmNotification;
import io.sirius.plugin.locksecret.model.SecretLockNotification;
import io.sirius.plugin.locksecret.model.SecretLockTransaction;
import java.util.List;

/**
 * Publishes a secret lock's notifications in Sirius's order: the recipient becomes known, the duration and algorithm
 * are checked, the recipient's properties are asked whether they accept the signer, the locked mosaic leaves the signer
 * (a core debit, so the core checks the balance), and the lock is created.
 */
public final class SecretLockTransactionHandler implements TransactionHandler<SecretLockTransaction> {

    @Override
    public void publish(SecretLockTransaction lock, TransactionContext context, NotificationSink sink) {
        sink.publish(new AccountAddressNotification(lock.recipient()));
        sink.publish(new SecretLockDurationNotification(lock.duration()));
        sink.publish(new SecretLockHashAlgorithmNotification(lock.hashAlgorithm()));
        sink.publish(new AddressInteractionNotification(context.signer(), context.type(), List.of(lock.recipient())));
        sink.publish(new BalanceDebitNotification(context.signer(), lock.mosaic().id(), lock.mosaic().amount()));
        sink.publish(new SecretLockNotification(context.signer(), lock.mosaic(), lock.duration(), lock.hashAlgorithm(),
                lock.secret(), lock.recipient()));
    }
}
