package io.sirius.plugin.locksecret.internal.validators;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.locksecret.internal.config.SecretLockConfig;
import io.sirius.plugin.locksecret.model.SecretLockDurationNotification;
import io.sirius.plugin.lockshared.validators.LockDurationRule;

/**
 * A lock lasts at least one block and at most {@code maxSecretLockDuration}, in blocks of the {@code [chain]} block
 * time in force: the lock duration rule both lock families share ({@link LockDurationRule}). Sirius runs it with the
 * stateful validators because that is where its config is; it reads no state.
 */
public final class SecretLockDurationValidator implements StatelessValidator<SecretLockDurationNotification> {

    @Override
    public Class<SecretLockDurationNotification> notificationType() {
        return SecretLockDurationNotification.class;
    }

    @Override
    public ResultCode validate(SecretLockDurationNotification notification, ValidationContext context) {
        BlockSpan max = context.config(SecretLockConfig.SECTION).maxSecretLockDuration();
        return LockDurationRule.allows(notification.duration(), max, context.chainConfig())
                ? ResultCodes.SUCCESS
                : LockSecretResults.INVALID_DURATION;
    }
}
