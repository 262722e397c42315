package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.notification.NamespaceRequiredNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.Optional;

/**
 * Another family acts on a namespace as its owner (namespace metadata, for one) and publishes the API's
 * {@link NamespaceRequiredNotification}; this plugin judges it as Sirius's {@code RequiredNamespaceValidator} does:
 * the namespace must exist (UNKNOWN), its root must be active or in its grace period (EXPIRED), and belong to the
 * owner named (OWNER_CONFLICT).
 */
public final class NamespaceRequiredValidator implements StatefulValidator<NamespaceRequiredNotification> {

    @Override
    public Class<NamespaceRequiredNotification> notificationType() {
        return NamespaceRequiredNotification.class;
    }

    @Override
    public ResultCode validate(NamespaceRequiredNotification notification, StatefulValidationContext context) {
        Optional<NamespaceEntry> found = NamespaceView.of(context.state()).find(notification.namespaceId());
        if (found.isEmpty()) {
            return NamespaceResults.UNKNOWN;
        }
        if (!found.get().root().lifetime().isActiveOrInGracePeriod(context.height())) {
            return NamespaceResults.EXPIRED;
        }
        return found.get().root().owner().equals(notification.owner()) ? ResultCodes.SUCCESS : NamespaceResults.OWNER_CONFLICT;
    }
}
