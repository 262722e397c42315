package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.namespace.model.NamespaceRegistrationNotification;
import io.sirius.plugin.namespace.model.NamespaceType;

/**
 * A registration is of a root (0) or a child (1), nothing else.
 */
public final class NamespaceTypeValidator implements StatelessValidator<NamespaceRegistrationNotification> {

    @Override
    public Class<NamespaceRegistrationNotification> notificationType() {
        return NamespaceRegistrationNotification.class;
    }

    @Override
    public ResultCode validate(NamespaceRegistrationNotification notification, ValidationContext context) {
        return NamespaceType.fromCode(notification.namespaceType()).isPresent()
                ? ResultCodes.SUCCESS
                : NamespaceResults.INVALID_NAMESPACE_TYPE;
    }
}
