package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeDirection;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;

/**
 * A supply change goes one of the two defined ways ({@code Invalid_Supply_Change_Direction}) and by more than zero
 * ({@code Invalid_Supply_Change_Amount}).
 */
public final class MosaicSupplyChangeValidator implements StatelessValidator<MosaicSupplyChangeNotification> {

    @Override
    public Class<MosaicSupplyChangeNotification> notificationType() {
        return MosaicSupplyChangeNotification.class;
    }

    @Override
    public ResultCode validate(MosaicSupplyChangeNotification notification, ValidationContext context) {
        if (MosaicSupplyChangeDirection.fromCode(notification.direction()).isEmpty()) {
            return MosaicResults.INVALID_SUPPLY_CHANGE_DIRECTION;
        }
        return notification.delta().value() == 0 ? MosaicResults.INVALID_SUPPLY_CHANGE_AMOUNT : ResultCodes.SUCCESS;
    }
}
