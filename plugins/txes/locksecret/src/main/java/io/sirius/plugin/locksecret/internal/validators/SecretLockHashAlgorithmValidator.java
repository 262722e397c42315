package io.sirius.plugin.locksecret.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import io.sirius.plugin.locksecret.model.SecretLockHashAlgorithmNotification;

/**
 * A lock or proof names one of the four algorithms (SHA3-256, Keccak-256, Hash160, Hash256).
 */
public final class SecretLockHashAlgorithmValidator implements StatelessValidator<SecretLockHashAlgorithmNotification> {

    @Override
    public Class<SecretLockHashAlgorithmNotification> notificationType() {
        return SecretLockHashAlgorithmNotification.class;
    }

    @Override
    public ResultCode validate(SecretLockHashAlgorithmNotification notification, ValidationContext context) {
        return LockHashAlgorithm.fromCode(notification.hashAlgorithm()).isPresent()
                ? ResultCodes.SUCCESS
                : LockSecretResults.INVALID_HASH_ALGORITHM;
    }
}
