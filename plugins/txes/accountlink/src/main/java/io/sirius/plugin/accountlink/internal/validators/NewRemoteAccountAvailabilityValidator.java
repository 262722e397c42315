package io.sirius.plugin.accountlink.internal.validators;

import io.sirius.api.account.AccountType;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.accountlink.model.NewRemoteAccountNotification;

/**
 * A remote account must be unused, as Sirius defines it: either the chain has never seen the account (no balance, no
 * key, no history), or it is a former remote account whose link was undone ({@code REMOTE_UNLINKED}). Any other
 * existing account is {@code Remote_Account_Ineligible}: one that holds or held a balance, one that signed something,
 * one that is linked now. This also refuses linking an account to itself, since the signer's own account exists
 * and is not a former remote by the time this notification is judged.
 */
public final class NewRemoteAccountAvailabilityValidator implements StatefulValidator<NewRemoteAccountNotification> {

    @Override
    public Class<NewRemoteAccountNotification> notificationType() {
        return NewRemoteAccountNotification.class;
    }

    @Override
    public ResultCode validate(NewRemoteAccountNotification notification, StatefulValidationContext context) {
        return Accounts.find(context, notification.remoteAccountKey())
                .filter(account -> account.type() != AccountType.REMOTE_UNLINKED)
                .isPresent() ? AccountLinkResults.REMOTE_ACCOUNT_INELIGIBLE : ResultCodes.SUCCESS;
    }
}
