package io.sirius.plugin.upgrade.model;

import io.sirius.api.model.BlockDuration;
import java.util.Objects;

/**
 * The body of a Blockchain_Upgrade (0x4158): {@code UpgradePeriod u64 | NewBlockchainVersion u64}.
 *
 * @param upgradePeriod how many blocks after the including block the new version becomes required
 * @param newBlockchainVersion the version every node must run from then on
 */
public record BlockchainUpgradeTransaction(BlockDuration upgradePeriod, BlockchainVersion newBlockchainVersion) {

    /** Checks for nulls. */
    public BlockchainUpgradeTransaction {
        Objects.requireNonNull(upgradePeriod, "upgradePeriod");
        Objects.requireNonNull(newBlockchainVersion, "newBlockchainVersion");
    }
}
