package io.sirius.plugin.locksecret.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.notification.Notification;

/**
 * A secret lock is created; its funds have just been debited from the signer by a core debit.
 *
 * @param signer the lock's owner
 * @param mosaic the locked mosaic and amount
 * @param duration how many blocks it lasts
 * @param hashAlgorithm the raw algorithm byte
 * @param secret the secret
 * @param recipient who receives the mosaic on proof
 */
public record SecretLockNotification(PublicKey signer, UnresolvedMosaic mosaic, BlockDuration duration, int hashAlgorithm,
        Hash256 secret, UnresolvedAddress recipient) implements Notification {
}
