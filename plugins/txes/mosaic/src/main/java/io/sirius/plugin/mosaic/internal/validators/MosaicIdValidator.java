package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.mosaic.model.MosaicIdGenerator;
import io.sirius.plugin.mosaic.model.MosaicNonceNotification;

/**
 * A defined mosaic's id must not be zero ({@code Invalid_Id}) and must derive from the signer and the nonce
 * ({@code Id_Mismatch}).
 */
public final class MosaicIdValidator implements StatelessValidator<MosaicNonceNotification> {

    @Override
    public Class<MosaicNonceNotification> notificationType() {
        return MosaicNonceNotification.class;
    }

    @Override
    public ResultCode validate(MosaicNonceNotification notification, ValidationContext context) {
        if (notification.mosaicId().value() == 0) {
            return MosaicResults.INVALID_ID;
        }
        return notification.mosaicId().equals(MosaicIdGenerator.generate(notification.signer(), notification.nonce()))
                ? ResultCodes.SUCCESS
                : MosaicResults.ID_MISMATCH;
    }
}
