package io.sirius.plugin.transfer.internal.validators;

import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.transfer.model.TransferMosaicsNotification;
import java.util.List;

/**
 * Mosaic ids must be strictly ascending (as uint64), which also makes each appear once.
 */
public final class TransferMosaicsValidator implements StatelessValidator<TransferMosaicsNotification> {

    @Override
    public Class<TransferMosaicsNotification> notificationType() {
        return TransferMosaicsNotification.class;
    }

    @Override
    public ResultCode validate(TransferMosaicsNotification notification, ValidationContext context) {
        List<UnresolvedMosaic> mosaics = notification.mosaics();
        for (int i = 1; i < mosaics.size(); i++) {
            if (mosaics.get(i - 1).id().compareTo(mosaics.get(i).id()) >= 0) {
                return TransferResults.OUT_OF_ORDER_MOSAICS;
            }
        }
        return ResultCodes.SUCCESS;
    }
}
