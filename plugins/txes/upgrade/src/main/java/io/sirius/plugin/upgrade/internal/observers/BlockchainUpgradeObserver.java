package io.sirius.plugin.upgrade.internal.observers;

import io.sirius.api.model.Height;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeVersionNotification;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeEntry;

/**
 * Schedules an upgrade: on COMMIT it records the version as required from the block's height plus the upgrade period;
 * on ROLLBACK it removes that record again. The validators have made sure the height held no upgrade.
 */
public final class BlockchainUpgradeObserver implements Observer<BlockchainUpgradeVersionNotification> {

    @Override
    public Class<BlockchainUpgradeVersionNotification> notificationType() {
        return BlockchainUpgradeVersionNotification.class;
    }

    @Override
    public void notify(BlockchainUpgradeVersionNotification notification, ObserverContext context) {
        Height upgradeHeight = new Height(context.height().value() + notification.upgradePeriod().value());
        CacheDelta<Height, BlockchainUpgradeEntry> cache = context.state().cache(BlockchainUpgradeCache.DESCRIPTOR);
        if (context.mode() == NotifyMode.COMMIT) {
            cache.put(upgradeHeight, new BlockchainUpgradeEntry(upgradeHeight, notification.version()));
        } else {
            cache.remove(upgradeHeight);
        }
    }
}
