package io.sirius.kernel.internal.core;

import io.sirius.api.notification.EntityNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.kernel.config.SupportedEntities;
import java.util.function.Function;

/**
 * The network config in force must list the entity's type and version among its supported entities. This is
 * what makes a plugin's types active only from the height the config enables them.
 */
public final class EntityVersionValidator implements StatefulValidator<EntityNotification> {
    private final Function<io.sirius.api.model.Height, SupportedEntities> supportedAt;

    /**
     * @param supportedAt the supported entities at a height
     */
    public EntityVersionValidator(Function<io.sirius.api.model.Height, SupportedEntities> supportedAt) {
        this.supportedAt = supportedAt;
    }

    @Override
    public Class<EntityNotification> notificationType() {
        return EntityNotification.class;
    }

    @Override
    public ResultCode validate(EntityNotification notification, StatefulValidationContext context) {
        return supportedAt.apply(context.height()).supports(notification.type(), notification.version())
                ? ResultCodes.SUCCESS
                : CoreResults.INVALID_VERSION;
    }
}
