package io.sirius.plugin.locksecret.internal.plugin;

import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockView;

/**
 * Refunds, at the end of each block, the locks that end at its height unused: a core credit of the locked mosaic to
 * each lock's owner, in composite-hash order, as Sirius's expired-lock observer credits the owner. One index lookup
 * finds them ({@code unusedEndingAt}); nothing is scanned. A lock keeps its status (Sirius leaves an expired lock
 * unused).
 *
 * <p>It reads only locks, which its credits do not change, so deriving again on rollback gives the same credits.
 */
public final class SecretLockExpiryDerivation implements NotificationDerivation<BlockNotification> {

    @Override
    public Class<BlockNotification> notificationType() {
        return BlockNotification.class;
    }

    @Override
    public void derive(BlockNotification block, StatefulValidationContext context, NotificationSink sink) {
        for (SecretLockInfo lock : SecretLockView.of(context.state()).unusedEndingAt(block.height())) {
            sink.publish(new BalanceCreditNotification(lock.account(), new UnresolvedMosaicId(lock.mosaicId().value()),
                    lock.amount()));
            sink.publish(new ReceiptNotification(ArtifactExpiryReceipt.of(LockSecretTypes.EXPIRED_RECEIPT,
                    lock.compositeHash())));
        }
    }
}
