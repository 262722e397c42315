package io.sirius.plugin.upgrade.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.upgrade.internal.config.BlockchainUpgradeSettings;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeVersionNotification;

/**
 * Operators need time to upgrade: the upgrade period must be at least the network's {@code minUpgradePeriod}. The
 * upgrade height (the current height plus the period) must also exist: a period that wraps past the largest uint64
 * would schedule the upgrade in the past.
 */
public final class BlockchainUpgradePeriodValidator implements StatelessValidator<BlockchainUpgradeVersionNotification> {

    @Override
    public Class<BlockchainUpgradeVersionNotification> notificationType() {
        return BlockchainUpgradeVersionNotification.class;
    }

    @Override
    public ResultCode validate(BlockchainUpgradeVersionNotification notification, ValidationContext context) {
        long period = notification.upgradePeriod().value();
        long minimum = context.config(BlockchainUpgradeSettings.SECTION).minUpgradePeriod();
        if (Long.compareUnsigned(period, minimum) < 0) {
            return BlockchainUpgradeResults.UPGRADE_PERIOD_TOO_LOW;
        }
        long height = context.height().value();
        return Long.compareUnsigned(height + period, height) < 0
                ? BlockchainUpgradeResults.UPGRADE_PERIOD_TOO_HIGH
                : ResultCodes.SUCCESS;
    }
}
