package io.sirius.plugin.lockhash.internal.plugin;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockhash.state.HashLockKey;
import io.sirius.plugin.lockhash.state.HashLockView;
import io.sirius.plugin.lockhash.state.LockStatus;
import java.util.Optional;

/**
 * Forfeits, at the end of each block, the deposits of the locks that end at its height unused: a core credit to the
 * block's signer (its harvester) for each, in hash order, as Sirius's expired-lock observer credits the block signer.
 * One index lookup finds them; nothing is scanned. A lock keeps its status (Sirius leaves an expired lock unused).
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
        HashLockView locks = HashLockView.of(context.state());
        for (Hash256 hash : locks.keys(new HashLockKey.Expiry(block.height())).keys()) {
            Optional<HashLockInfo> lock = locks.find(hash);
            if (lock.isPresent() && lock.get().height().equals(block.height()) && lock.get().status() == LockStatus.UNUSED) {
                sink.publish(new BalanceCreditNotification(block.signer(),
                        new UnresolvedMosaicId(lock.get().mosaicId().value()), lock.get().amount()));
            }
        }
    }
}
