package io.sirius.plugin.lockhash.internal.plugin;

import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockhash.state.HashLockView;

/**
 * Forfeits, at the end of each block, the deposits of the locks that end at its height unused: a core credit to the
 * block's signer (its harvester) for each, in hash order, as Sirius's expired-lock observer credits the block signer.
 * One index lookup finds them ({@code unusedEndingAt}); nothing is scanned. A lock keeps its status (Sirius leaves an
 * expired lock unused). Each expiry has its receipt, the lock's hash under {@link LockHashTypes#EXPIRED_RECEIPT}, as
 * Sirius's touch observer writes it for every lock that stops being active at the height.
 *
 * <p>It reads only locks, which its credits do not change, so deriving again on rollback gives the same credits.
 */
public final class HashLockExpiryDerivation implements NotificationDerivation<BlockNotification> {

    @Override
    public Class<BlockNotification> notificationType() {
        return BlockNotification.class;
    }

    @Override
    public void derive(BlockNotification block, StatefulValidationContext context, NotificationSink sink) {
        for (HashLockInfo lock : HashLockView.of(context.state()).unusedEndingAt(block.height())) {
            sink.publish(new BalanceCreditNotification(block.signer(), new UnresolvedMosaicId(lock.mosaicId().value()),
                    lock.amount()));
            sink.publish(new ReceiptNotification(ArtifactExpiryReceipt.of(LockHashTypes.EXPIRED_RECEIPT, lock.hash())));
        }
    }
}
