package io.sirius.kernel.internal.core;

import io.sirius.api.notification.TransactionFeeNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;

/**
 * The fee charged may not exceed the signer's maximum, and the maximum may not exceed what the largest fee
 * multiplier (2^32 - 1) could charge for the transaction's size.
 */
public final class TransactionFeeValidator implements StatelessValidator<TransactionFeeNotification> {
    private static final long MAX_MULTIPLIER = 0xFFFF_FFFFL;

    @Override
    public Class<TransactionFeeNotification> notificationType() {
        return TransactionFeeNotification.class;
    }

    @Override
    public ResultCode validate(TransactionFeeNotification notification, ValidationContext context) {
        if (Long.compareUnsigned(notification.fee().value(), notification.maxFee().value()) > 0) {
            return CoreResults.INVALID_TRANSACTION_FEE;
        }
        long ceiling = MAX_MULTIPLIER * Integer.toUnsignedLong(notification.size());
        return Long.compareUnsigned(notification.maxFee().value(), ceiling) > 0
                ? CoreResults.INVALID_TRANSACTION_FEE
                : ResultCodes.SUCCESS;
    }
}
