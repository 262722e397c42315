package io.sirius.plugin.lockhash.internal.observers;

import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.plugin.lockhash.internal.cache.HashLockDelta;
import io.sirius.plugin.lockhash.model.HashLockNotification;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;

/**
 * Creates a hash lock (COMMIT) ending at the current height plus its duration, unused, with the resolved mosaic, and
 * lists it in the indexes; a pruned lock of the same hash is kept inside the new one. ROLLBACK removes it and puts the
 * pruned lock back. The deposit itself left the owner through the core debit the handler published; the receipt of it
 * ({@link LockHashTypes#CREATED_RECEIPT}: owner, mosaic, amount) is written here, as Sirius's observer does.
 */
public final class HashLockObserver implements Observer<HashLockNotification> {

    @Override
    public Class<HashLockNotification> notificationType() {
        return HashLockNotification.class;
    }

    @Override
    public void notify(HashLockNotification notification, ObserverContext context) {
        HashLockDelta locks = HashLockDelta.of(context.state());
        if (context.mode() == NotifyMode.ROLLBACK) {
            locks.remove(notification.hash());
            return;
        }
        MosaicId mosaic = context.resolvers().resolve(notification.mosaic().id()).orElseThrow(
                () -> new IllegalStateException("mosaic " + notification.mosaic().id() + " does not resolve"));
        Height end = new Height(Math.addExact(context.height().value(), notification.duration().value()));
        locks.add(new HashLockInfo(notification.signer(), context.addressOf(notification.signer()), mosaic,
                notification.mosaic().amount(), end, LockStatus.UNUSED, notification.hash(),
                locks.find(notification.hash())));
        context.addReceipt(new BalanceChangeReceipt(LockHashTypes.CREATED_RECEIPT, notification.signer(), mosaic,
                notification.mosaic().amount()));
    }
}
