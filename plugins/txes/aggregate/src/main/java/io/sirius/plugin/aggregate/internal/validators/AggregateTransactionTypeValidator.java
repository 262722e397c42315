package io.sirius.plugin.aggregate.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.aggregate.internal.config.AggregateConfig;
import io.sirius.plugin.aggregate.model.AggregateResults;
import io.sirius.plugin.aggregate.model.AggregateTransactionTypeNotification;
import io.sirius.plugin.aggregate.model.AggregateTypes;

/**
 * A bonded aggregate (0x4241 or 0x4441) needs {@code enableBondedAggregateSupport}.
 */
public final class AggregateTransactionTypeValidator implements StatefulValidator<AggregateTransactionTypeNotification> {

    @Override
    public Class<AggregateTransactionTypeNotification> notificationType() {
        return AggregateTransactionTypeNotification.class;
    }

    @Override
    public ResultCode validate(AggregateTransactionTypeNotification notification, StatefulValidationContext context) {
        if (AggregateTypes.isBonded(notification.type())
                && !context.config(AggregateConfig.SECTION).enableBondedAggregateSupport()) {
            return AggregateResults.BONDED_NOT_ENABLED;
        }
        return ResultCodes.SUCCESS;
    }
}
