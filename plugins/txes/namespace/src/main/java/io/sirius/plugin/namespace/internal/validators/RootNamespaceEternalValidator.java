package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.namespace.internal.config.NetworkKeyRule;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;

/**
 * An eternal root (duration 0) is the network's, in the nemesis block or later ({@link NetworkKeyRule}); anyone else
 * asking for one after the nemesis block fails with ETERNAL_AFTER_NEMESIS_BLOCK, as in Sirius.
 */
public final class RootNamespaceEternalValidator implements StatelessValidator<RootNamespaceNotification> {

    @Override
    public Class<RootNamespaceNotification> notificationType() {
        return RootNamespaceNotification.class;
    }

    @Override
    public ResultCode validate(RootNamespaceNotification notification, ValidationContext context) {
        return notification.isEternal() && !NetworkKeyRule.isNetwork(notification.signer(), context.height())
                ? NamespaceResults.ETERNAL_AFTER_NEMESIS_BLOCK
                : ResultCodes.SUCCESS;
    }
}
