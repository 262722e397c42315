package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.model.AliasAction;
import io.sirius.plugin.namespace.model.AliasOwnerNotification;
import io.sirius.plugin.namespace.state.AliasType;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.Optional;

/**
 * Only the owner of an active namespace links or unlinks its alias (Sirius's {@code AliasAvailabilityValidator}),
 * checked in this order: the namespace must exist (ALIAS_NAMESPACE_UNKNOWN), its root must be active, grace period
 * excluded (EXPIRED), a link needs no alias there yet (ALIAS_ALREADY_EXISTS) and an unlink needs one
 * (ALIAS_DOES_NOT_EXIST), and the signer must own the root (ALIAS_OWNER_CONFLICT).
 */
public final class AliasAvailabilityValidator implements StatefulValidator<AliasOwnerNotification> {

    @Override
    public Class<AliasOwnerNotification> notificationType() {
        return AliasOwnerNotification.class;
    }

    @Override
    public ResultCode validate(AliasOwnerNotification notification, StatefulValidationContext context) {
        Optional<NamespaceEntry> found = NamespaceView.of(context.state()).find(notification.namespaceId());
        if (found.isEmpty()) {
            return NamespaceResults.ALIAS_NAMESPACE_UNKNOWN;
        }
        NamespaceEntry entry = found.get();
        if (!entry.root().lifetime().isActive(context.height())) {
            return NamespaceResults.EXPIRED;
        }
        boolean hasAlias = entry.alias().type() != AliasType.NONE;
        Optional<AliasAction> action = notification.action();
        if (action.equals(Optional.of(AliasAction.LINK)) && hasAlias) {
            return NamespaceResults.ALIAS_ALREADY_EXISTS;
        }
        if (action.equals(Optional.of(AliasAction.UNLINK)) && !hasAlias) {
            return NamespaceResults.ALIAS_DOES_NOT_EXIST;
        }
        return entry.root().owner().equals(notification.owner()) ? ResultCodes.SUCCESS : NamespaceResults.ALIAS_OWNER_CONFLICT;
    }
}
