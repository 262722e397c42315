package io.sirius.kernel.internal.core;

import io.sirius.api.notification.BlockNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;

/**
 * A block's fee interest must be a share: the denominator positive and the numerator not above it (unsigned).
 * Registered as stateful because block notifications go through the stateful path only.
 */
public final class GreedValidator implements StatefulValidator<BlockNotification> {

    @Override
    public Class<BlockNotification> notificationType() {
        return BlockNotification.class;
    }

    @Override
    public ResultCode validate(BlockNotification notification, StatefulValidationContext context) {
        long denominator = Integer.toUnsignedLong(notification.feeInterestDenominator());
        if (denominator == 0) {
            return CoreResults.INVALID_FEEINTERESTDENOMINATOR;
        }
        return Integer.toUnsignedLong(notification.feeInterest()) > denominator ? CoreResults.INVALID_FEEINTEREST
                : ResultCodes.SUCCESS;
    }
}
