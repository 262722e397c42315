package io.sirius.kernel.internal.core;

import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.state.StateChanges;

/**
 * Remembers the hash of every confirmed transaction (and forgets it when its block is undone).
 */
public final class TransactionHashObserver implements Observer<TransactionNotification> {

    @Override
    public Class<TransactionNotification> notificationType() {
        return TransactionNotification.class;
    }

    @Override
    public void notify(TransactionNotification notification, ObserverContext context) {
        StateChanges changes = ((KernelContext) context).changes();
        if (context.mode() == NotifyMode.COMMIT) {
            TransactionHashes.add(changes.index(TransactionHashes.BY_HASH), changes.index(TransactionHashes.BY_DEADLINE),
                    notification.hash(), context.height(), notification.deadline());
        } else {
            TransactionHashes.remove(changes.index(TransactionHashes.BY_HASH), changes.index(TransactionHashes.BY_DEADLINE),
                    notification.hash(), notification.deadline());
        }
    }
}
