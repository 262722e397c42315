package io.sirius.plugin.accountlink.internal.validators;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountType;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.accountlink.model.AccountLinkAction;
import io.sirius.plugin.accountlink.model.RemoteAccountLinkNotification;
import java.util.Optional;

/**
 * One link at a time, and only the current link can be undone, by its main account:
 * <ul>
 * <li>a link needs a main account that is plainly unlinked (not already a main account, and not a remote or former
 * remote account either), else {@code Link_Already_Exists};</li>
 * <li>an unlink needs a main account ({@code Link_Does_Not_Exist} otherwise, which is also what a remote account
 * trying to unlink itself gets) whose linked key is the one named ({@code Unlink_Data_Inconsistency}).</li>
 * </ul>
 * The signer's account always exists here (the kernel's signer notification created it); were it missing, it is
 * judged as an unlinked account. Any action other than link is judged as an unlink, as Sirius does; the stateless
 * action validator has refused invalid bytes already.
 */
public final class AccountLinkAvailabilityValidator implements StatefulValidator<RemoteAccountLinkNotification> {

    @Override
    public Class<RemoteAccountLinkNotification> notificationType() {
        return RemoteAccountLinkNotification.class;
    }

    @Override
    public ResultCode validate(RemoteAccountLinkNotification notification, StatefulValidationContext context) {
        Optional<AccountState> main = Accounts.find(context, notification.mainAccountKey());
        AccountType type = main.map(AccountState::type).orElse(AccountType.UNLINKED);
        if (notification.linkAction() == AccountLinkAction.LINK.code()) {
            return type == AccountType.UNLINKED ? ResultCodes.SUCCESS : AccountLinkResults.LINK_ALREADY_EXISTS;
        }
        if (type != AccountType.MAIN) {
            return AccountLinkResults.LINK_DOES_NOT_EXIST;
        }
        return main.get().linkedAccountKey().filter(notification.remoteAccountKey()::equals).isPresent()
                ? ResultCodes.SUCCESS
                : AccountLinkResults.UNLINK_DATA_INCONSISTENCY;
    }
}
