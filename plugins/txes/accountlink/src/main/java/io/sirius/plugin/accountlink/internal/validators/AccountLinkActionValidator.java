package io.sirius.plugin.accountlink.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.accountlink.model.RemoteAccountLinkNotification;

/**
 * The link action must be link (0) or unlink (1).
 */
public final class AccountLinkActionValidator implements StatelessValidator<RemoteAccountLinkNotification> {

    @Override
    public Class<RemoteAccountLinkNotification> notificationType() {
        return RemoteAccountLinkNotification.class;
    }

    @Override
    public ResultCode validate(RemoteAccountLinkNotification notification, ValidationContext context) {
        return notification.action().isPresent() ? ResultCodes.SUCCESS : AccountLinkResults.INVALID_ACTION;
    }
}
