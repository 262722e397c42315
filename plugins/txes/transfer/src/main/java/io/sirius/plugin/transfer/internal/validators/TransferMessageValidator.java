package io.sirius.plugin.transfer.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.transfer.internal.config.TransferConfig;
import io.sirius.plugin.transfer.model.TransferMessageNotification;

/**
 * A message may not exceed the network's {@code maxMessageSize}.
 */
public final class TransferMessageValidator implements StatelessValidator<TransferMessageNotification> {

    @Override
    public Class<TransferMessageNotification> notificationType() {
        return TransferMessageNotification.class;
    }

    @Override
    public ResultCode validate(TransferMessageNotification notification, ValidationContext context) {
        long limit = context.config(TransferConfig.SECTION).maxMessageSize();
        return notification.messageSize() > limit ? TransferResults.MESSAGE_TOO_LARGE : ResultCodes.SUCCESS;
    }
}
