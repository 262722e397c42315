package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.namespace.internal.config.ChainBlockTime;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;

/**
 * A root's rental duration is at most {@code maxNamespaceDuration}, in blocks of the chain's block time. Zero passes:
 * it means eternal, which RootNamespaceEternalValidator judges (Sirius's {@code RootNamespaceValidator}).
 */
public final class RootNamespaceDurationValidator implements StatelessValidator<RootNamespaceNotification> {

    @Override
    public Class<RootNamespaceNotification> notificationType() {
        return RootNamespaceNotification.class;
    }

    @Override
    public ResultCode validate(RootNamespaceNotification notification, ValidationContext context) {
        NamespaceConfig config = context.config(NamespaceConfig.SECTION);
        long max = config.maxDurationBlocks(ChainBlockTime.of(context.chainConfig())).value();
        return Long.compareUnsigned(notification.duration().value(), max) > 0
                ? NamespaceResults.INVALID_DURATION
                : ResultCodes.SUCCESS;
    }
}
