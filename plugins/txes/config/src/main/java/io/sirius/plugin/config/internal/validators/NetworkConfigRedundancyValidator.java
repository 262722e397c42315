package io.sirius.plugin.config.internal.validators;

import io.sirius.api.model.Height;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.plugin.config.model.NetworkConfigNotification;

/**
 * At most one configuration takes effect at any height: the height this one would take effect at must not hold one
 * yet. (A zero or wrapping delta is {@link NetworkConfigApplyHeightValidator}'s to report.)
 */
public final class NetworkConfigRedundancyValidator implements StatefulValidator<NetworkConfigNotification> {

    @Override
    public Class<NetworkConfigNotification> notificationType() {
        return NetworkConfigNotification.class;
    }

    @Override
    public ResultCode validate(NetworkConfigNotification notification, StatefulValidationContext context) {
        Height applyHeight = new Height(context.height().value() + notification.applyHeightDelta().value());
        return context.state().cache(NetworkConfigCache.DESCRIPTOR).contains(applyHeight)
                ? NetworkConfigResults.CONFIG_REDUNDANT
                : ResultCodes.SUCCESS;
    }
}
