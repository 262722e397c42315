package io.sirius.plugin.upgrade.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * A node version becomes required {@code upgradePeriod} blocks after the current one.
 *
 * @param upgradePeriod the distance to the height the version becomes required at (uint64)
 * @param version the version
 */
public record BlockchainUpgradeVersionNotification(BlockDuration upgradePeriod, BlockchainVersion version)
        implements Notification {

    /** Checks for nulls. */
    public BlockchainUpgradeVersionNotification {
        Objects.requireNonNull(upgradePeriod, "upgradePeriod");
        Objects.requireNonNull(version, "version");
    }
}
