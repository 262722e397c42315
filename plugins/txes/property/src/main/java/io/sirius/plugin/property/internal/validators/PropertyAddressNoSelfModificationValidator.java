package io.sirius.plugin.property.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.property.model.ModifyAddressPropertyValueNotification;
import java.util.Arrays;

/**
 * An address modification does not name the signer's own address (compared as written: an alias of the signer is not
 * caught here, as on Sirius).
 */
public final class PropertyAddressNoSelfModificationValidator
        implements StatelessValidator<ModifyAddressPropertyValueNotification> {

    @Override
    public Class<ModifyAddressPropertyValueNotification> notificationType() {
        return ModifyAddressPropertyValueNotification.class;
    }

    @Override
    public ResultCode validate(ModifyAddressPropertyValueNotification notification, ValidationContext context) {
        boolean self = Arrays.equals(context.addressOf(notification.key()).bytes(),
                notification.modification().value().bytes());
        return self ? PropertyResults.MODIFICATION_ADDRESS_INVALID : ResultCodes.SUCCESS;
    }
}
