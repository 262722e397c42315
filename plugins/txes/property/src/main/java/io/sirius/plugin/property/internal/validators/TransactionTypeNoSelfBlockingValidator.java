package io.sirius.plugin.property.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.property.model.ModifyTransactionTypePropertyValueNotification;
import io.sirius.plugin.property.model.PropertyModificationType;
import io.sirius.plugin.property.model.PropertyType;
import io.sirius.plugin.property.model.PropertyTypes;
import io.sirius.plugin.property.state.PropertyView;

/**
 * An account cannot lock itself out of changing its transaction type property: it may not block
 * Transaction_Type_Property (0x4350), may not delete it from its allowed types, and its first allowed type must be
 * 0x4350 itself.
 */
public final class TransactionTypeNoSelfBlockingValidator
        implements StatefulValidator<ModifyTransactionTypePropertyValueNotification> {

    @Override
    public Class<ModifyTransactionTypePropertyValueNotification> notificationType() {
        return ModifyTransactionTypePropertyValueNotification.class;
    }

    @Override
    public ResultCode validate(ModifyTransactionTypePropertyValueNotification notification,
            StatefulValidationContext context) {
        boolean relevant = PropertyTypes.TRANSACTION_TYPE_PROPERTY.equals(notification.modification().value());
        boolean allow = !PropertyType.isBlock(notification.propertyType());
        boolean forbidden;
        if (notification.modification().type() == PropertyModificationType.DEL) {
            forbidden = allow && relevant;
        } else {
            int values = PropertyView.of(context.state()).find(context.addressOf(notification.key()))
                    .map(p -> p.property(PropertyType.TRANSACTION_TYPE).values().size()).orElse(0);
            forbidden = (allow && !relevant && values == 0) || (!allow && relevant);
        }
        return forbidden ? PropertyResults.MODIFICATION_NOT_ALLOWED : ResultCodes.SUCCESS;
    }
}
