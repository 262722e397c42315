package io.sirius.plugin.upgrade.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.upgrade.internal.state.HeightFloor;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeVersionNotification;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeEntry;

/**
 * An upgrade only goes forward: the new version must be higher than the version required at the current height
 * (the upgrade in force there, or version 0.0.0.0 before any). Upgrades scheduled but not yet in force do not count.
 */
public final class BlockchainUpgradeVersionValidator implements StatefulValidator<BlockchainUpgradeVersionNotification> {
    private static final BlockchainVersion NONE = new BlockchainVersion(0);

    @Override
    public Class<BlockchainUpgradeVersionNotification> notificationType() {
        return BlockchainUpgradeVersionNotification.class;
    }

    @Override
    public ResultCode validate(BlockchainUpgradeVersionNotification notification, StatefulValidationContext context) {
        BlockchainVersion required = HeightFloor.atOrBelow(context.state().cache(BlockchainUpgradeCache.DESCRIPTOR),
                context.height()).map(BlockchainUpgradeEntry::version).orElse(NONE);
        return notification.version().compareTo(required) > 0
                ? ResultCodes.SUCCESS
                : BlockchainUpgradeResults.VERSION_LOWER_THAN_CURRENT;
    }
}
