package io.sirius.plugin.config.internal;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfigEntry;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import io.sirius.plugin.testkit.InMemoryState;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Network configurations for the config plugin's tests. */
public final class Fixtures {
    /** The network key of the configurations in force. */
    public static final PublicKey NETWORK_KEY =
            PublicKey.fromHex("B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF");
    /** Another key. */
    public static final PublicKey OTHER_KEY =
            PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");
    /** Network_Config and Transfer. */
    public static final String ENTITIES = entities(0x4159, 0x4154);

    private Fixtures() {
    }

    /**
     * @param networkKey the {@code [network] publicKey}
     * @param plugins the plugins that get a section, each with one key
     * @return a whole config-network text the kernel parses
     */
    public static String config(PublicKey networkKey, String... plugins) {
        StringBuilder text = new StringBuilder()
                .append("[network]\n\npublicKey = ").append(networkKey.toHex()).append("\n\n")
                .append("[chain]\n\n")
                .append("blockGenerationTargetTime = 15s\nblockTimeSmoothingFactor = 3000\n")
                .append("greedDelta = 0.5\ngreedExponent = 3.2\n")
                .append("importanceGrouping = 5760\nmaxRollbackBlocks = 360\nmaxDifficultyBlocks = 3\n")
                .append("maxTransactionLifetime = 24h\nmaxBlockFutureTime = 10s\n")
                .append("maxMosaicAtomicUnits = 9'000'000'000'000'000\nminHarvesterBalance = 100'000'000'000\n")
                .append("enableDeadlineValidation = true\nharvestBeneficiaryPercentage = 10\n")
                .append("maxTransactionsPerBlock = 200'000\n");
        for (String plugin : plugins) {
            text.append("\n[plugin:catapult.plugins.").append(plugin).append("]\n\ndummy = true\n");
        }
        return text.toString();
    }

    /**
     * @param types entity types each accepted in version 1
     * @return supported-entities JSON
     */
    public static String entities(int... types) {
        return Arrays.stream(types)
                .mapToObj(type -> "{\"name\": \"T" + type + "\", \"type\": \"" + type + "\", \"supportedVersions\": [1]}")
                .collect(Collectors.joining(",\n    ", "{\"entities\": [\n    ", "\n]}"));
    }

    /**
     * @param delta ApplyHeightDelta
     * @param config the config text
     * @param entities the supported entities
     * @return the notification the handler publishes
     */
    public static NetworkConfigNotification notification(long delta, String config, String entities) {
        return new NetworkConfigNotification(new BlockDuration(delta), config.getBytes(StandardCharsets.UTF_8),
                entities.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param entries configurations by the height they take effect at
     * @return a state whose NetworkConfig cache holds them
     */
    public static InMemoryState state(NetworkConfigEntry... entries) {
        InMemoryState state = InMemoryState.of(NetworkConfigCache.DESCRIPTOR);
        for (NetworkConfigEntry entry : entries) {
            state.cache(NetworkConfigCache.DESCRIPTOR).put(entry.height(), entry);
        }
        return state;
    }

    /**
     * @param height the height it takes effect at
     * @param networkKey its network key
     * @param plugins its plugin sections
     * @return a configuration entry
     */
    public static NetworkConfigEntry entry(long height, PublicKey networkKey, String... plugins) {
        return new NetworkConfigEntry(new Height(height), config(networkKey, plugins), ENTITIES);
    }
}
