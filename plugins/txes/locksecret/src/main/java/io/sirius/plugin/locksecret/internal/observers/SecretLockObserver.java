package io.sirius.plugin.locksecret.internal.observers;

import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.plugin.locksecret.internal.cache.SecretLockDelta;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.model.SecretLockNotification;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;

/**
 * Creates a secret lock (COMMIT) ending at the current height plus its duration, unused, with the resolved mosaic and
 * recipient, and lists it in the indexes; a pruned lock under the same key is kept inside the new one. ROLLBACK removes
 * it and puts the pruned lock back. The funds themselves left the owner through the core debit the handler published.
 */
public final class SecretLockObserver implements Observer<SecretLockNotification> {

    @Override
    public Class<SecretLockNotification> notificationType() {
        return SecretLockNotification.class;
    }

    @Override
    public void notify(SecretLockNotification notification, ObserverContext context) {
        SecretLockDelta locks = SecretLockDelta.of(context.state());
        Address recipient = context.resolvers().resolve(notification.recipient()).orElseThrow(
                () -> new IllegalStateException("recipient " + notification.recipient() + " does not resolve"));
        if (context.mode() == NotifyMode.ROLLBACK) {
            locks.remove(SecretLockInfo.compositeHash(notification.secret(), recipient));
            return;
        }
        MosaicId mosaic = context.resolvers().resolve(notification.mosaic().id()).orElseThrow(
                () -> new IllegalStateException("mosaic " + notification.mosaic().id() + " does not resolve"));
        LockHashAlgorithm algorithm = LockHashAlgorithm.fromCode(notification.hashAlgorithm()).orElseThrow(
                () -> new IllegalStateException("hash algorithm " + notification.hashAlgorithm() + " passed validation"));
        Height end = new Height(Math.addExact(context.height().value(), notification.duration().value()));
        locks.add(new SecretLockInfo(notification.signer(), context.addressOf(notification.signer()), mosaic,
                notification.mosaic().amount(), end, LockStatus.UNUSED, algorithm, notification.secret(), recipient,
                locks.find(SecretLockInfo.compositeHash(notification.secret(), recipient))));
        context.addReceipt(new BalanceChangeReceipt(LockSecretTypes.CREATED_RECEIPT, notification.signer(), mosaic,
                notification.mosaic().amount()));
    }
}
