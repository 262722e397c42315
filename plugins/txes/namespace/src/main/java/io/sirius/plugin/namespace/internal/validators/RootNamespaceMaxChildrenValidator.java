package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.Optional;

/**
 * A root has at most {@code maxChildNamespaces} children, counting both levels. Runs after
 * ChildNamespaceAvailabilityValidator, as in Sirius; a parent that does not exist is that validator's to report.
 */
public final class RootNamespaceMaxChildrenValidator implements StatefulValidator<ChildNamespaceNotification> {

    @Override
    public Class<ChildNamespaceNotification> notificationType() {
        return ChildNamespaceNotification.class;
    }

    @Override
    public ResultCode validate(ChildNamespaceNotification notification, StatefulValidationContext context) {
        Optional<NamespaceEntry> parent = NamespaceView.of(context.state()).find(notification.parentId());
        if (parent.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        int max = context.config(NamespaceConfig.SECTION).maxChildNamespaces();
        return parent.get().root().children().size() >= max ? NamespaceResults.MAX_CHILDREN_EXCEEDED : ResultCodes.SUCCESS;
    }
}
