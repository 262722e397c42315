package io.sirius.plugin.lockhash.internal.observers;

import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.lockhash.internal.cache.HashLockDelta;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;

/**
 * Marks the lock of a confirmed bonded aggregate used (COMMIT) or unused again (ROLLBACK); other transactions change
 * nothing. Returning the deposit is {@code CompletedAggregateDerivation}'s, through a core credit.
 */
public final class CompletedAggregateObserver implements Observer<TransactionNotification> {

    @Override
    public Class<TransactionNotification> notificationType() {
        return TransactionNotification.class;
    }

    @Override
    public void notify(TransactionNotification notification, ObserverContext context) {
        if (!LockHashTypes.isBondedAggregate(notification.type())) {
            return;
        }
        HashLockDelta locks = HashLockDelta.of(context.state());
        HashLockInfo lock = locks.find(notification.hash()).orElseThrow(() -> new IllegalStateException(
                "no hash lock of " + notification.hash() + ", yet the bonded aggregate was validated"));
        locks.update(lock.withStatus(context.mode() == NotifyMode.COMMIT ? LockStatus.USED : LockStatus.UNUSED));
    }
}
