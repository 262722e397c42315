package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.namespace.model.NamespaceRentalFeeUnavailableNotification;

/**
 * A registration whose rental fee could not be charged is refused (the handler publishes the notification only then).
 */
public final class NamespaceRentalFeeAvailableValidator implements StatelessValidator<NamespaceRentalFeeUnavailableNotification> {

    @Override
    public Class<NamespaceRentalFeeUnavailableNotification> notificationType() {
        return NamespaceRentalFeeUnavailableNotification.class;
    }

    @Override
    public ResultCode validate(NamespaceRentalFeeUnavailableNotification notification, ValidationContext context) {
        return NamespaceResults.RENTAL_FEE_UNAVAILABLE;
    }
}
