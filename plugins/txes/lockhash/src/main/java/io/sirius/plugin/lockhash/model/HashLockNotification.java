package io.sirius.plugin.lockhash.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.notification.Notification;

/**
 * A hash lock is created; its deposit has just been debited from the signer by a core debit.
 *
 * @param signer the lock's owner
 * @param mosaic the deposit
 * @param duration how many blocks it lasts
 * @param hash the bonded aggregate's hash
 */
public record HashLockNotification(PublicKey signer, UnresolvedMosaic mosaic, BlockDuration duration, Hash256 hash)
        implements Notification {
}
