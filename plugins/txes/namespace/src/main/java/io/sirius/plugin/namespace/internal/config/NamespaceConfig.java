package io.sirius.plugin.namespace.internal.config;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.namespace.model.NamespaceIds;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The namespace section of the network config, {@code [plugin:catapult.plugins.namespace]}, with Sirius's keys:
 *
 * <pre>
 * maxNameSize = 64
 * maxNamespaceDuration = 365d
 * namespaceGracePeriodDuration = 30d
 * reservedRootNamespaceNames = xem, nem, user, account, org, com, biz, net, edu, mil, gov, info, prx, xpx
 * namespaceRentalFeeSinkPublicKey = 3E82E1C1E4A75ADAA3CBA8C101C3CD31D9817A2EB966EB3B511FB2ED45B8E262
 * rootNamespaceRentalFeePerBlock = 10'000'000'000
 * childNamespaceRentalFee = 10'000'000'000
 * maxChildNamespaces = 500
 * </pre>
 *
 * <p>The two durations are kept as Sirius's block spans (hours or days, the API's {@link BlockSpan}); rules turn them
 * into blocks with the {@code [chain] blockGenerationTargetTime} in force ({@link ChainBlockTime}), as Sirius does.
 * Other keys (such as {@code enabled}) are ignored.
 *
 * @param maxNameSize the longest name part, in bytes (0 to 255)
 * @param maxNamespaceDuration the longest rental of a root
 * @param namespaceGracePeriodDuration how long after expiry only the owner may renew a root
 * @param reservedRootNamespaceNames root names only the network may register
 * @param namespaceRentalFeeSinkPublicKey the account rental fees are paid to
 * @param rootNamespaceRentalFeePerBlock the fee per block of a root's rental
 * @param childNamespaceRentalFee the fee of a child
 * @param maxChildNamespaces the most children a root may have (0 to 65535)
 */
public record NamespaceConfig(int maxNameSize, BlockSpan maxNamespaceDuration, BlockSpan namespaceGracePeriodDuration,
        Set<String> reservedRootNamespaceNames, PublicKey namespaceRentalFeeSinkPublicKey, Amount rootNamespaceRentalFeePerBlock,
        Amount childNamespaceRentalFee, int maxChildNamespaces) {
    /** The section declaration. */
    public static final ConfigSection<NamespaceConfig> SECTION = ConfigSection.of("namespace", NamespaceConfig::parse);

    /** Checks and copies the arguments. */
    public NamespaceConfig {
        Objects.requireNonNull(maxNamespaceDuration, "maxNamespaceDuration");
        Objects.requireNonNull(namespaceGracePeriodDuration, "namespaceGracePeriodDuration");
        reservedRootNamespaceNames = Collections.unmodifiableSet(new LinkedHashSet<>(reservedRootNamespaceNames));
        Objects.requireNonNull(namespaceRentalFeeSinkPublicKey, "namespaceRentalFeeSinkPublicKey");
        Objects.requireNonNull(rootNamespaceRentalFeePerBlock, "rootNamespaceRentalFeePerBlock");
        Objects.requireNonNull(childNamespaceRentalFee, "childNamespaceRentalFee");
        if (maxNameSize < 0 || maxNameSize > 0xFF || maxChildNamespaces < 0 || maxChildNamespaces > 0xFFFF) {
            throw new IllegalArgumentException("maxNameSize or maxChildNamespaces out of range");
        }
    }

    /**
     * @param properties the section
     * @return the settings
     * @throws ConfigException naming the key that is missing or wrong
     */
    public static NamespaceConfig parse(ConfigProperties properties) {
        PublicKey sink;
        try {
            sink = PublicKey.fromHex(properties.getString("namespaceRentalFeeSinkPublicKey"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("[" + properties.section() + "] namespaceRentalFeeSinkPublicKey: " + e.getMessage());
        }
        return new NamespaceConfig(
                (int) properties.getLong("maxNameSize", 0, 0xFF),
                properties.getBlockSpan("maxNamespaceDuration"),
                properties.getBlockSpan("namespaceGracePeriodDuration"),
                names(properties),
                sink,
                new Amount(properties.getLong("rootNamespaceRentalFeePerBlock")),
                new Amount(properties.getLong("childNamespaceRentalFee")),
                (int) properties.getLong("maxChildNamespaces", 0, 0xFFFF));
    }

    /**
     * @param blockTime the block generation target time in force ({@link ChainBlockTime})
     * @return the longest rental of a root, in blocks
     */
    public BlockDuration maxDurationBlocks(Duration blockTime) {
        return maxNamespaceDuration.blocks(blockTime);
    }

    /**
     * @param blockTime the block generation target time in force ({@link ChainBlockTime})
     * @return the grace period, in blocks
     */
    public BlockDuration gracePeriodBlocks(Duration blockTime) {
        return namespaceGracePeriodDuration.blocks(blockTime);
    }

    /** @return the ids of the reserved root names */
    public Set<NamespaceId> reservedRootIds() {
        Set<NamespaceId> ids = new LinkedHashSet<>();
        reservedRootNamespaceNames.forEach(name -> ids.add(NamespaceIds.root(name)));
        return ids;
    }

    /** Sirius's set syntax: comma-separated, trimmed, no empty or repeated element; an empty value is no names. */
    private static Set<String> names(ConfigProperties properties) {
        String text = properties.getString("reservedRootNamespaceNames");
        Set<String> names = new LinkedHashSet<>();
        if (text.isEmpty()) {
            return names;
        }
        for (String part : text.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty() || !names.add(name)) {
                throw new ConfigException("[" + properties.section() + "] reservedRootNamespaceNames = '" + text
                        + "' has an empty or repeated name");
            }
        }
        return names;
    }
}
