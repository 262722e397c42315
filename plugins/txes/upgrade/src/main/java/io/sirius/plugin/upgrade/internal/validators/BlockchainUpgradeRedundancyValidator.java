package io.sirius.plugin.upgrade.internal.validators;

import io.sirius.api.model.Height;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeVersionNotification;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;

/**
 * At most one upgrade takes effect at any height: the height this one would take effect at must not hold one yet.
 */
public final class BlockchainUpgradeRedundancyValidator implements StatefulValidator<BlockchainUpgradeVersionNotification> {

    @Override
    public Class<BlockchainUpgradeVersionNotification> notificationType() {
        return BlockchainUpgradeVersionNotification.class;
    }

    @Override
    public ResultCode validate(BlockchainUpgradeVersionNotification notification, StatefulValidationContext context) {
        Height upgradeHeight = new Height(context.height().value() + notification.upgradePeriod().value());
        return context.state().cache(BlockchainUpgradeCache.DESCRIPTOR).contains(upgradeHeight)
                ? BlockchainUpgradeResults.REDUNDANT
                : ResultCodes.SUCCESS;
    }
}
