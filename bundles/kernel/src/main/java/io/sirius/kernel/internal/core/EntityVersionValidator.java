package io.sirius.kernel.internal.core;

import io.sirius.api.notification.EntityNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;

/**
 * The network config in force must list the entity's type and version among its supported entities. This is
 * what makes a plugin's types active only from the height the config enables them.
 */
public final class EntityVersionValidator implements StatefulValidator<EntityNotification> {
    @Override
    public Class<EntityNotification> notificationType() {
        return EntityNotification.class;
    }

    @Override
    public ResultCode validate(EntityNotification notification, StatefulValidationContext context) {
        return ((ConfigContext) context).networkConfig().supportedEntities().supports(notification.type(), notification.version())
                ? ResultCodes.SUCCESS
                : CoreResults.INVALID_VERSION;
    }
}
