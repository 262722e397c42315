package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.model.NamespaceNameNotification;

/**
 * The claimed id is the one Sirius derives from the parent's id and the name ({@link NamespaceIds}).
 */
public final class NamespaceNameIdValidator implements StatelessValidator<NamespaceNameNotification> {

    @Override
    public Class<NamespaceNameNotification> notificationType() {
        return NamespaceNameNotification.class;
    }

    @Override
    public ResultCode validate(NamespaceNameNotification notification, ValidationContext context) {
        return NamespaceIds.child(notification.parentId(), notification.name()).equals(notification.namespaceId())
                ? ResultCodes.SUCCESS
                : NamespaceResults.NAME_ID_MISMATCH;
    }
}
