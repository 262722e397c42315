package io.sirius.plugin.lockhash.internal.validators;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.lockhash.internal.config.HashLockConfig;
import io.sirius.plugin.lockhash.model.HashLockDurationNotification;
import io.sirius.plugin.lockshared.validators.LockDurationRule;

/**
 * A lock lasts at least one block and at most {@code maxHashLockDuration}, in blocks of the {@code [chain]} block time
 * in force: the lock duration rule both lock families share ({@link LockDurationRule}). Sirius runs it with the
 * stateful validators because that is where its config is; it reads no state.
 */
public final class HashLockDurationValidator implements StatelessValidator<HashLockDurationNotification> {

    @Override
    public Class<HashLockDurationNotification> notificationType() {
        return HashLockDurationNotification.class;
    }

    @Override
    public ResultCode validate(HashLockDurationNotification notification, ValidationContext context) {
        BlockSpan max = context.config(HashLockConfig.SECTION).maxHashLockDuration();
        return LockDurationRule.allows(notification.duration(), max, context.chainConfig())
                ? ResultCodes.SUCCESS
                : LockHashResults.INVALID_DURATION;
    }
}
