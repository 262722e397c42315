package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.account.AccountStateCache;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;

/**
 * An address alias names an account the chain knows (Sirius's {@code AddressAliasValidator}: the address must be in
 * the account state), for links and unlinks alike; an address of another network never is.
 */
public final class AddressAliasAccountValidator implements StatefulValidator<AliasedAddressNotification> {

    @Override
    public Class<AliasedAddressNotification> notificationType() {
        return AliasedAddressNotification.class;
    }

    @Override
    public ResultCode validate(AliasedAddressNotification notification, StatefulValidationContext context) {
        return context.state().cache(AccountStateCache.DESCRIPTOR).contains(notification.address())
                ? ResultCodes.SUCCESS
                : NamespaceResults.ALIAS_INVALID_ADDRESS;
    }
}
