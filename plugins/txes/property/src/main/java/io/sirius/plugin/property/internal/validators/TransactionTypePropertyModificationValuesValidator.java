package io.sirius.plugin.property.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.property.model.ModifyTransactionTypePropertyNotification;

/**
 * Every value of a transaction type property is a transaction type (basic type 1: 0x4000 to 0x7FFF), not a block's.
 */
public final class TransactionTypePropertyModificationValuesValidator
        implements StatelessValidator<ModifyTransactionTypePropertyNotification> {

    @Override
    public Class<ModifyTransactionTypePropertyNotification> notificationType() {
        return ModifyTransactionTypePropertyNotification.class;
    }

    @Override
    public ResultCode validate(ModifyTransactionTypePropertyNotification notification, ValidationContext context) {
        return notification.modifications().stream().allMatch(m -> m.value().isTransaction())
                ? ResultCodes.SUCCESS
                : PropertyResults.VALUE_INVALID;
    }
}
