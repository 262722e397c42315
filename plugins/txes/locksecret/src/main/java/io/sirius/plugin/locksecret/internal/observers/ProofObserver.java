package io.sirius.plugin.locksecret.internal.observers;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.locksecret.internal.cache.SecretLockDelta;
import io.sirius.plugin.locksecret.model.ProofPublicationNotification;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;

/**
 * Marks the proven lock used (COMMIT) or unused again (ROLLBACK). Paying the recipient is
 * {@code ProofCreditDerivation}'s, through core notifications.
 */
public final class ProofObserver implements Observer<ProofPublicationNotification> {

    @Override
    public Class<ProofPublicationNotification> notificationType() {
        return ProofPublicationNotification.class;
    }

    @Override
    public void notify(ProofPublicationNotification notification, ObserverContext context) {
        SecretLockDelta locks = SecretLockDelta.of(context.state());
        Address recipient = context.resolvers().resolve(notification.recipient()).orElseThrow(
                () -> new IllegalStateException("recipient " + notification.recipient() + " does not resolve"));
        Hash256 key = SecretLockInfo.compositeHash(notification.secret(), recipient);
        SecretLockInfo lock = locks.find(key)
                .orElseThrow(() -> new IllegalStateException("no secret lock under " + key + ", yet its proof was validated"));
        locks.update(lock.withStatus(context.mode() == NotifyMode.COMMIT ? LockStatus.USED : LockStatus.UNUSED));
    }
}
