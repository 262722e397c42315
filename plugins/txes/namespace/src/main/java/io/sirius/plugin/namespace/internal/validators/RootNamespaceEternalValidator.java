package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.api.model.Height;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;

/**
 * After the nemesis block, only the network ({@code [network] publicKey} in force) registers eternal roots (duration
 * 0); anyone else fails with ETERNAL_AFTER_NEMESIS_BLOCK, as in Sirius. In the nemesis block any signer may.
 */
public final class RootNamespaceEternalValidator implements StatelessValidator<RootNamespaceNotification> {

    @Override
    public Class<RootNamespaceNotification> notificationType() {
        return RootNamespaceNotification.class;
    }

    @Override
    public ResultCode validate(RootNamespaceNotification notification, ValidationContext context) {
        return notification.isEternal() && !Height.NEMESIS.equals(context.height())
                && !notification.signer().equals(context.networkPublicKey())
                ? NamespaceResults.ETERNAL_AFTER_NEMESIS_BLOCK
                : ResultCodes.SUCCESS;
    }
}
