package io.sirius.plugin.accountlink.internal.validators;

import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;

/**
 * A remote key exists to sign blocks, never transactions: a transaction signed by a remote or former remote account
 * is refused, whatever its type. (The kernel publishes the transaction notification for top-level transactions; the
 * signers of embedded ones are for the aggregate plugin to report the same way.)
 */
public final class RemoteSenderValidator implements StatefulValidator<TransactionNotification> {

    @Override
    public Class<TransactionNotification> notificationType() {
        return TransactionNotification.class;
    }

    @Override
    public ResultCode validate(TransactionNotification notification, StatefulValidationContext context) {
        return Accounts.find(context, notification.signer())
                .filter(account -> Accounts.isRemote(account.type()))
                .isPresent() ? AccountLinkResults.REMOTE_ACCOUNT_SIGNER_NOT_ALLOWED : ResultCodes.SUCCESS;
    }
}
