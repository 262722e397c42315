package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.model.NamespaceNameNotification;
import io.sirius.plugin.namespace.model.NamespaceNames;

/**
 * A name part is at most {@code maxNameSize} bytes and made of the characters Sirius allows
 * ({@link NamespaceNames}).
 */
public final class NamespaceNameValidator implements StatelessValidator<NamespaceNameNotification> {

    @Override
    public Class<NamespaceNameNotification> notificationType() {
        return NamespaceNameNotification.class;
    }

    @Override
    public ResultCode validate(NamespaceNameNotification notification, ValidationContext context) {
        int maxNameSize = context.config(NamespaceConfig.SECTION).maxNameSize();
        String name = notification.name();
        return name.length() <= maxNameSize && NamespaceNames.isValid(name)
                ? ResultCodes.SUCCESS
                : NamespaceResults.INVALID_NAME;
    }
}
