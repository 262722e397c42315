package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.namespace.model.AliasOwnerNotification;

/**
 * An alias action is link (0) or unlink (1), nothing else.
 */
public final class AliasActionValidator implements StatelessValidator<AliasOwnerNotification> {

    @Override
    public Class<AliasOwnerNotification> notificationType() {
        return AliasOwnerNotification.class;
    }

    @Override
    public ResultCode validate(AliasOwnerNotification notification, ValidationContext context) {
        return notification.action().isPresent() ? ResultCodes.SUCCESS : NamespaceResults.ALIAS_INVALID_ACTION;
    }
}
