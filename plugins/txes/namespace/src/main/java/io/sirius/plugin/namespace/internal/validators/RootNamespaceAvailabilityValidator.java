package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.model.Height;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.NamespaceView;
import io.sirius.plugin.namespace.state.RootNamespace;
import java.util.Optional;

/**
 * Who may register a root that exists already (Sirius's {@code RootNamespaceAvailabilityValidator}):
 * <ul>
 * <li>nobody renews an eternal root, and only the network ({@code [network] publicKey}) asks for an eternal renewal
 * (INVALID_DURATION);</li>
 * <li>while the root is active or in its grace period, only its owner (OWNER_CONFLICT for anyone else);</li>
 * <li>once the grace period has ended, anyone.</li>
 * </ul>
 * A root that does not exist is free.
 */
public final class RootNamespaceAvailabilityValidator implements StatefulValidator<RootNamespaceNotification> {

    @Override
    public Class<RootNamespaceNotification> notificationType() {
        return RootNamespaceNotification.class;
    }

    @Override
    public ResultCode validate(RootNamespaceNotification notification, StatefulValidationContext context) {
        Optional<RootNamespace> existing = NamespaceView.of(context.state()).root(notification.namespaceId());
        if (existing.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        RootNamespace root = existing.get();
        Height height = context.height();
        boolean eternalByOther = notification.isEternal() && !notification.signer().equals(context.networkPublicKey());
        if (root.lifetime().isEternal() || eternalByOther) {
            return NamespaceResults.INVALID_DURATION;
        }
        if (!root.lifetime().isActiveOrInGracePeriod(height)) {
            return ResultCodes.SUCCESS;
        }
        return root.owner().equals(notification.signer()) ? ResultCodes.SUCCESS : NamespaceResults.OWNER_CONFLICT;
    }
}
