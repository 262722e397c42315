package io.sirius.plugin.locksecret.internal.plugin;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceAddressCreditNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.model.ProofPublicationNotification;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockView;
import io.sirius.plugin.lockshared.state.LockStatus;
import java.util.Optional;

/**
 * Pays a proven lock's mosaic to its recipient, as Sirius's proof observer credits the recipient's account, through
 * the core's credit by address ({@link BalanceAddressCreditNotification}: plugins change balances only through core
 * notifications). The recipient's public key need not be known, and no transfer rule applies, as in Sirius.
 *
 * <p>It reads the lock (status and amounts); its own notification changes neither, so deriving again on rollback
 * gives the same notification, as the API requires.
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
        sink.publish(new BalanceAddressCreditNotification(lock.recipient().toUnresolved(),
                new UnresolvedMosaicId(lock.mosaicId().value()), lock.amount()));
        // Sirius's receipt names the recipient by the public key its account has (zero while it has none)
        PublicKey recipientKey = context.state().cache(AccountStateCache.DESCRIPTOR).find(lock.recipient())
                .flatMap(AccountState::publicKey).orElse(PublicKey.ZERO);
        sink.publish(new ReceiptNotification(new BalanceChangeReceipt(LockSecretTypes.COMPLETED_RECEIPT, recipientKey,
                lock.mosaicId(), lock.amount())));
    }
}
