package io.sirius.plugin.upgrade.internal;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfigEntry;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeVersionNotification;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeEntry;

/** State for the upgrade plugin's tests. */
public final class Fixtures {
    /** The network key of the nemesis configuration. */
    public static final PublicKey NETWORK_KEY =
            PublicKey.fromHex("B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF");
    /** Another key. */
    public static final PublicKey OTHER_KEY =
            PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");

    private Fixtures() {
    }

    /** @return a state holding both caches, empty */
    public static InMemoryState state() {
        return InMemoryState.of(NetworkConfigCache.DESCRIPTOR, BlockchainUpgradeCache.DESCRIPTOR);
    }

    /**
     * @param state a state from {@link #state()}
     * @param height the height the configuration takes effect at
     * @param networkKey its {@code [network] publicKey}
     * @return the state
     */
    public static InMemoryState withConfig(InMemoryState state, long height, PublicKey networkKey) {
        String text = "[network]\npublicKey = " + networkKey.toHex() + "\n[chain]\n"
                + "blockGenerationTargetTime = 15s\nblockTimeSmoothingFactor = 3000\ngreedDelta = 0.5\ngreedExponent = 3.2\n"
                + "importanceGrouping = 5760\nmaxRollbackBlocks = 360\nmaxDifficultyBlocks = 3\n"
                + "maxTransactionLifetime = 24h\nmaxBlockFutureTime = 10s\nmaxMosaicAtomicUnits = 9'000'000'000'000'000\n"
                + "minHarvesterBalance = 100'000'000'000\nenableDeadlineValidation = true\n"
                + "harvestBeneficiaryPercentage = 10\nmaxTransactionsPerBlock = 200'000\n"
                + "[plugin:catapult.plugins.upgrade]\nminUpgradePeriod = 360\n";
        String json = "{\"entities\": [{\"type\": \"16728\", \"supportedVersions\": [1]}]}";
        state.cache(NetworkConfigCache.DESCRIPTOR).put(new Height(height), new NetworkConfigEntry(new Height(height), text, json));
        return state;
    }

    /**
     * @param state a state from {@link #state()}
     * @param height the height the version becomes required at
     * @param version the version
     * @return the state
     */
    public static InMemoryState withUpgrade(InMemoryState state, long height, BlockchainVersion version) {
        state.cache(BlockchainUpgradeCache.DESCRIPTOR).put(new Height(height), new BlockchainUpgradeEntry(new Height(height), version));
        return state;
    }

    /**
     * @param period the upgrade period
     * @param version the new version
     * @return the notification the handler publishes
     */
    public static BlockchainUpgradeVersionNotification upgrade(long period, BlockchainVersion version) {
        return new BlockchainUpgradeVersionNotification(new BlockDuration(period), version);
    }
}
