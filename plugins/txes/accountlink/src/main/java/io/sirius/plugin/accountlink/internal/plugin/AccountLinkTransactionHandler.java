package io.sirius.plugin.accountlink.internal.plugin;

import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.accountlink.model.AccountLinkAction;
import io.sirius.plugin.accountlink.model.AccountLinkTransaction;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;
import io.sirius.plugin.accountlink.model.NewRemoteAccountNotification;
import io.sirius.plugin.accountlink.model.RemoteAccountLinkNotification;
import java.util.List;

/**
 * Publishes an Account_Link's notifications in Sirius's order: for a link, first that the remote account is about to
 * become one (judged against the account as it was, before the next notification creates it); then the remote key
 * becomes known; the remote account takes part in the signer's transaction (the remote-interaction rule exempts
 * Account_Link itself); and finally the link or unlink of the two accounts.
 */
public final class AccountLinkTransactionHandler implements TransactionHandler<AccountLinkTransaction> {

    @Override
    public void publish(AccountLinkTransaction transaction, TransactionContext context, NotificationSink sink) {
        if (context.version() != AccountLinkTypes.ACCOUNT_LINK_VERSION) {
            // the kernel accepts only versions the descriptor understands; there is nothing else to publish
            return;
        }
        if (transaction.linkAction() == AccountLinkAction.LINK.code()) {
            sink.publish(new NewRemoteAccountNotification(transaction.remoteAccountKey()));
        }
        sink.publish(new AccountPublicKeyNotification(transaction.remoteAccountKey()));
        sink.publish(new AddressInteractionNotification(context.signer(), context.type(),
                List.of(context.addressOf(transaction.remoteAccountKey()).toUnresolved())));
        sink.publish(new RemoteAccountLinkNotification(context.signer(), transaction.remoteAccountKey(),
                transaction.linkAction()));
    }
}
