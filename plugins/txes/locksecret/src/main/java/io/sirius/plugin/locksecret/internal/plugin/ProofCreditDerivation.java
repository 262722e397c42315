package io.sirius.plugin.locksecret.internal.plugin;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.locksecret.model.ProofPublicationNotification;
import io.sirius.plugin.locksecret.state.LockStatus;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockView;
import java.util.Optional;

/**
 * Pays a proven lock's mosaic to its recipient, as Sirius's proof observer credits the recipient's account, through
 * core notifications (plugins change balances only through them).
 *
 * <p>The core credits an account named by public key. When the recipient's key is known (it has signed something, or
 * was named by key), the derivation publishes a {@link BalanceCreditNotification} for it. Otherwise it credits the
 * lock's owner and publishes a {@link BalanceTransferNotification} from the owner to the recipient's address: the
 * balances end exactly where Sirius leaves them, but the transfer passes the transfer rules (the recipient's mosaic
 * properties, a mosaic's transferability and levy checks), which Sirius does not apply to a proof. A core credit by
 * address would remove the detour; until the API has one, this is the only way to pay an address.
 *
 * <p>It reads the lock (status and amounts) and whether the recipient's key is known; its own notifications change
 * neither, so deriving again on rollback gives the same notifications, as the API requires.
 */
public final class ProofCreditDerivation implements NotificationDerivation<ProofPublicationNotification> {

    @Override
    public Class<ProofPublicationNotification> notificationType() {
        return ProofPublicationNotification.class;
    }

    @Override
    public void derive(ProofPublicationNotification notification, StatefulValidationContext context, NotificationSink sink) {
        Optional<Address> recipient = context.resolvers().resolve(notification.recipient());
        if (recipient.isEmpty()) {
            return;
        }
        Optional<SecretLockInfo> found = SecretLockView.of(context.state())
                .find(SecretLockInfo.compositeHash(notification.secret(), recipient.get()));
        if (found.isEmpty() || found.get().status() != LockStatus.USED) {
            return;
        }
        SecretLockInfo lock = found.get();
        UnresolvedMosaicId mosaic = new UnresolvedMosaicId(lock.mosaicId().value());
        Optional<PublicKey> recipientKey = context.state().cache(AccountStateCache.DESCRIPTOR).find(lock.recipient())
                .flatMap(AccountState::publicKey);
        if (recipientKey.isPresent()) {
            sink.publish(new BalanceCreditNotification(recipientKey.get(), mosaic, lock.amount()));
            return;
        }
        sink.publish(new BalanceCreditNotification(lock.account(), mosaic, lock.amount()));
        sink.publish(new BalanceTransferNotification(lock.account(), lock.recipient().toUnresolved(), mosaic, lock.amount()));
    }
}
