package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.internal.config.ChainBlockTime;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.NamespaceView;
import io.sirius.plugin.namespace.state.RootNamespace;
import java.util.Optional;

/**
 * A root's lifetime stays within bounds (Sirius's {@code NamespaceDurationOverflowValidator}): the height plus the
 * duration must not pass 2^64 - 1; and a renewal (the root active or in its grace period) must not move the end past
 * 2^64 - 1 nor further than {@code maxNamespaceDuration + namespaceGracePeriodDuration} blocks from the current height,
 * so nobody rents a name for ever by renewing it block after block.
 */
public final class NamespaceDurationOverflowValidator implements StatefulValidator<RootNamespaceNotification> {

    @Override
    public Class<RootNamespaceNotification> notificationType() {
        return RootNamespaceNotification.class;
    }

    @Override
    public ResultCode validate(RootNamespaceNotification notification, StatefulValidationContext context) {
        long height = context.height().value();
        long duration = notification.duration().value();
        if (overflows(height, duration)) {
            return NamespaceResults.INVALID_DURATION;
        }
        Optional<RootNamespace> existing = NamespaceView.of(context.state()).root(notification.namespaceId());
        if (existing.isEmpty() || !existing.get().lifetime().isActiveOrInGracePeriod(context.height())) {
            return ResultCodes.SUCCESS;
        }
        long end = existing.get().lifetime().end().value();
        if (overflows(end, duration)) {
            return NamespaceResults.INVALID_DURATION;
        }
        NamespaceConfig config = context.config(NamespaceConfig.SECTION);
        java.time.Duration blockTime = ChainBlockTime.of(context.chainConfig());
        long maxLifetime = config.maxDurationBlocks(blockTime).value() + config.gracePeriodBlocks(blockTime).value();
        long maxEnd = overflows(height, maxLifetime) ? -1L : height + maxLifetime;
        return Long.compareUnsigned(end + duration, maxEnd) > 0 ? NamespaceResults.INVALID_DURATION : ResultCodes.SUCCESS;
    }

    private static boolean overflows(long base, long added) {
        return Long.compareUnsigned(base + added, base) < 0;
    }
}
