package io.sirius.kernel.internal.core;

import io.sirius.api.notification.TransactionDeadlineNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.kernel.config.ChainSettings;
import java.time.Duration;

/**
 * A transaction's deadline must not have passed at the block's time, and must lie within the longest lifetime
 * (the type's own, or the network's {@code maxTransactionLifetime}).
 */
public final class DeadlineValidator implements StatelessValidator<TransactionDeadlineNotification> {
    @Override
    public Class<TransactionDeadlineNotification> notificationType() {
        return TransactionDeadlineNotification.class;
    }

    @Override
    public ResultCode validate(TransactionDeadlineNotification notification, ValidationContext context) {
        ChainSettings chain = ((ConfigContext) context).networkConfig().chain();
        if (!chain.enableDeadlineValidation()) {
            return ResultCodes.SUCCESS;
        }
        long time = context.blockTime().value();
        long deadline = notification.deadline().value();
        if (Long.compareUnsigned(time, deadline) > 0) {
            return CoreResults.PAST_DEADLINE;
        }
        Duration lifetime = notification.maxLifetime().isZero() ? chain.maxTransactionLifetime() : notification.maxLifetime();
        return Long.compareUnsigned(deadline, time + lifetime.toMillis()) > 0 ? CoreResults.FUTURE_DEADLINE : ResultCodes.SUCCESS;
    }
}
