package io.sirius.plugin.property.internal.validators;

import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.property.model.PropertyType;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.PropertyValue;
import io.sirius.plugin.property.state.PropertyView;
import java.util.Optional;

/**
 * The signer may send a transaction of this type: its transaction type property, if it has values, allows the type or
 * does not block it. It judges the core's {@link TransactionNotification}, which the kernel publishes for every
 * top-level transaction, as Sirius's rule judges its transaction notification.
 */
public final class TransactionTypeValidator implements StatefulValidator<TransactionNotification> {

    @Override
    public Class<TransactionNotification> notificationType() {
        return TransactionNotification.class;
    }

    @Override
    public ResultCode validate(TransactionNotification notification, StatefulValidationContext context) {
        Optional<AccountProperties> own = PropertyView.of(context.state()).find(context.addressOf(notification.signer()));
        return own.isPresent()
                && !own.get().property(PropertyType.TRANSACTION_TYPE).isAllowed(PropertyValue.of(notification.type()))
                ? PropertyResults.TRANSACTION_TYPE_NOT_ALLOWED
                : ResultCodes.SUCCESS;
    }
}
