package io.sirius.plugin.upgrade.internal.validators;

import io.sirius.api.notification.BlockNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import java.util.Objects;

/**
 * Stops an outdated node at an upgrade height: a block fails with
 * {@code Failure_BlockchainUpgrade_Invalid_Current_Version} when an upgrade takes effect at its height and requires a
 * version higher than this node's. Like Sirius it looks only at the upgrade taking effect at exactly that height, one
 * lookup per block: a node that cannot apply that block never reaches the heights after it.
 */
public final class BlockchainVersionValidator implements StatefulValidator<BlockNotification> {
    private final BlockchainVersion nodeVersion;

    /**
     * @param nodeVersion the version of the software running this node ({@code io.sirius.kernel.NodeVersion.CURRENT})
     */
    public BlockchainVersionValidator(BlockchainVersion nodeVersion) {
        this.nodeVersion = Objects.requireNonNull(nodeVersion, "nodeVersion");
    }

    @Override
    public Class<BlockNotification> notificationType() {
        return BlockNotification.class;
    }

    @Override
    public ResultCode validate(BlockNotification notification, StatefulValidationContext context) {
        return context.state().cache(BlockchainUpgradeCache.DESCRIPTOR).find(context.height())
                .filter(upgrade -> upgrade.version().compareTo(nodeVersion) > 0)
                .isPresent() ? BlockchainUpgradeResults.INVALID_CURRENT_VERSION : ResultCodes.SUCCESS;
    }
}
