package io.sirius.kernel.internal.core;

import io.sirius.api.notification.EntityNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;

/**
 * An entity's network byte must be this network's.
 */
public final class NetworkValidator implements StatelessValidator<EntityNotification> {

    @Override
    public Class<EntityNotification> notificationType() {
        return EntityNotification.class;
    }

    @Override
    public ResultCode validate(EntityNotification notification, ValidationContext context) {
        return notification.networkIdentifier() == context.network().identifier()
                ? ResultCodes.SUCCESS
                : CoreResults.WRONG_NETWORK;
    }
}
