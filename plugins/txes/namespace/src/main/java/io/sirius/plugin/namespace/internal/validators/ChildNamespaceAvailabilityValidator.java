package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.Optional;

/**
 * Where a child may go (Sirius's {@code ChildNamespaceAvailabilityValidator}), checked in this order: the id must be
 * free (ALREADY_EXISTS), the parent must exist (PARENT_UNKNOWN) and be less than three levels deep (TOO_DEEP), its
 * root must be active, grace period excluded (EXPIRED), and the signer must own the root (OWNER_CONFLICT).
 */
public final class ChildNamespaceAvailabilityValidator implements StatefulValidator<ChildNamespaceNotification> {

    @Override
    public Class<ChildNamespaceNotification> notificationType() {
        return ChildNamespaceNotification.class;
    }

    @Override
    public ResultCode validate(ChildNamespaceNotification notification, StatefulValidationContext context) {
        NamespaceView namespaces = NamespaceView.of(context.state());
        if (namespaces.contains(notification.namespaceId())) {
            return NamespaceResults.ALREADY_EXISTS;
        }
        Optional<NamespaceEntry> parent = namespaces.find(notification.parentId());
        if (parent.isEmpty()) {
            return NamespaceResults.PARENT_UNKNOWN;
        }
        if (parent.get().depth() >= NamespaceTypes.MAX_DEPTH) {
            return NamespaceResults.TOO_DEEP;
        }
        if (!parent.get().root().lifetime().isActive(context.height())) {
            return NamespaceResults.EXPIRED;
        }
        return parent.get().root().owner().equals(notification.signer())
                ? ResultCodes.SUCCESS
                : NamespaceResults.OWNER_CONFLICT;
    }
}
