package io.sirius.plugin.lockhash.internal.plugin;

import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockhash.state.HashLockView;
import io.sirius.plugin.lockshared.state.LockStatus;
import java.util.Optional;

/**
 * Returns the deposit of a confirmed bonded aggregate's lock to its owner, as Sirius's completed-aggregate observer
 * credits the owner, through a core credit. The observer has just marked the lock used; only this aggregate can use a
 * lock of its hash, and the hash cache confirms it once, so a used lock here is this aggregate's.
 *
 * <p>It reads only the lock, which its credit does not change, so deriving again on rollback gives the same credit.
 */
public final class CompletedAggregateDerivation implements NotificationDerivation<TransactionNotification> {

    @Override
    public Class<TransactionNotification> notificationType() {
        return TransactionNotification.class;
    }

    @Override
    public void derive(TransactionNotification notification, StatefulValidationContext context, NotificationSink sink) {
        if (!LockHashTypes.isBondedAggregate(notification.type())) {
            return;
        }
        Optional<HashLockInfo> lock = HashLockView.of(context.state()).find(notification.hash());
        if (lock.isPresent() && lock.get().status() == LockStatus.USED) {
            sink.publish(new BalanceCreditNotification(lock.get().account(),
                    new UnresolvedMosaicId(lock.get().mosaicId().value()), lock.get().amount()));
            sink.publish(new ReceiptNotification(new BalanceChangeReceipt(LockHashTypes.COMPLETED_RECEIPT,
                    lock.get().account(), lock.get().mosaicId(), lock.get().amount())));
        }
    }
}
