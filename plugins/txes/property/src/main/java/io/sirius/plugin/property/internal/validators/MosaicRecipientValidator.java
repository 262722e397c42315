package io.sirius.plugin.property.internal.validators;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.notification.BalanceTransferNotification;
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
 * The recipient of a transfer accepts the mosaic: its mosaic property, if it has values, allows the (resolved) mosaic
 * or does not block it. Aliases that do not resolve are the core's to refuse.
 */
public final class MosaicRecipientValidator implements StatefulValidator<BalanceTransferNotification> {

    @Override
    public Class<BalanceTransferNotification> notificationType() {
        return BalanceTransferNotification.class;
    }

    @Override
    public ResultCode validate(BalanceTransferNotification notification, StatefulValidationContext context) {
        Optional<Address> recipient = context.resolvers().resolve(notification.recipient());
        Optional<MosaicId> mosaic = context.resolvers().resolve(notification.mosaicId());
        if (recipient.isEmpty() || mosaic.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        Optional<AccountProperties> theirs = PropertyView.of(context.state()).find(recipient.get());
        return theirs.isPresent() && !theirs.get().property(PropertyType.MOSAIC_ID).isAllowed(PropertyValue.of(mosaic.get()))
                ? PropertyResults.MOSAIC_TRANSFER_NOT_ALLOWED
                : ResultCodes.SUCCESS;
    }
}
