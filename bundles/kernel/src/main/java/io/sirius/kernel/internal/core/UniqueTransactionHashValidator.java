package io.sirius.kernel.internal.core;

import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;

/**
 * A transaction already confirmed (within its lifetime) may not be confirmed again.
 */
public final class UniqueTransactionHashValidator implements StatefulValidator<TransactionNotification> {

    @Override
    public Class<TransactionNotification> notificationType() {
        return TransactionNotification.class;
    }

    @Override
    public ResultCode validate(TransactionNotification notification, StatefulValidationContext context) {
        return TransactionHashes.find(((KernelContext) context).changes().index(TransactionHashes.BY_HASH), notification.hash())
                .isPresent() ? CoreResults.HASH_EXISTS : ResultCodes.SUCCESS;
    }
}
