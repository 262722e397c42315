package io.sirius.plugin.config.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.config.model.NetworkConfigNotification;

/**
 * A configuration takes effect after the block that schedules it: ApplyHeightDelta must not be zero, and the height
 * plus the delta must not wrap past the largest uint64 to a past height (which Sirius would let through).
 */
public final class NetworkConfigApplyHeightValidator implements StatelessValidator<NetworkConfigNotification> {

    @Override
    public Class<NetworkConfigNotification> notificationType() {
        return NetworkConfigNotification.class;
    }

    @Override
    public ResultCode validate(NetworkConfigNotification notification, ValidationContext context) {
        long delta = notification.applyHeightDelta().value();
        if (delta == 0) {
            return NetworkConfigResults.APPLY_HEIGHT_DELTA_ZERO;
        }
        long height = context.height().value();
        return Long.compareUnsigned(height + delta, height) < 0
                ? NetworkConfigResults.APPLY_HEIGHT_IN_THE_PAST
                : ResultCodes.SUCCESS;
    }
}
