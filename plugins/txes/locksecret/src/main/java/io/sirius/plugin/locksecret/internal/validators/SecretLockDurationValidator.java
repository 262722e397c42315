package io.sirius.plugin.locksecret.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.locksecret.internal.config.ChainSettings;
import io.sirius.plugin.locksecret.internal.config.SecretLockConfig;
import io.sirius.plugin.locksecret.model.SecretLockDurationNotification;

/**
 * A lock lasts at least one block and at most {@code maxSecretLockDuration}, in blocks of the {@code [chain]} block
 * time in force. Sirius runs it with the stateful validators because that is where its config is; it reads no state.
 */
public final class SecretLockDurationValidator implements StatelessValidator<SecretLockDurationNotification> {

    @Override
    public Class<SecretLockDurationNotification> notificationType() {
        return SecretLockDurationNotification.class;
    }

    @Override
    public ResultCode validate(SecretLockDurationNotification notification, ValidationContext context) {
        long max = context.config(SecretLockConfig.SECTION)
                .maxSecretLockDurationBlocks(ChainSettings.blockTime(context.chainConfig())).value();
        long duration = notification.duration().value();
        return duration != 0 && Long.compareUnsigned(duration, max) <= 0
                ? ResultCodes.SUCCESS
                : LockSecretResults.INVALID_DURATION;
    }
}
