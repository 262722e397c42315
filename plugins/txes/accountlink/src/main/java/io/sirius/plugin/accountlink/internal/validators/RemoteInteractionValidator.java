package io.sirius.plugin.accountlink.internal.validators;

import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;

/**
 * A remote or former remote account may take part in no transaction but an Account_Link (which names it by
 * definition): a transfer to it, for instance, is refused, so a remote account never gains a balance it could not
 * spend. Participants are resolved first; an alias no namespace resolves names no account and so no remote.
 */
public final class RemoteInteractionValidator implements StatefulValidator<AddressInteractionNotification> {

    @Override
    public Class<AddressInteractionNotification> notificationType() {
        return AddressInteractionNotification.class;
    }

    @Override
    public ResultCode validate(AddressInteractionNotification notification, StatefulValidationContext context) {
        if (AccountLinkTypes.ACCOUNT_LINK.equals(notification.transactionType())) {
            return ResultCodes.SUCCESS;
        }
        var accounts = context.state().cache(AccountStateCache.DESCRIPTOR);
        for (UnresolvedAddress participant : notification.participants()) {
            boolean remote = context.resolvers().resolve(participant)
                    .flatMap(accounts::find)
                    .filter(account -> Accounts.isRemote(account.type()))
                    .isPresent();
            if (remote) {
                return AccountLinkResults.REMOTE_ACCOUNT_PARTICIPANT_NOT_ALLOWED;
            }
        }
        return ResultCodes.SUCCESS;
    }
}
