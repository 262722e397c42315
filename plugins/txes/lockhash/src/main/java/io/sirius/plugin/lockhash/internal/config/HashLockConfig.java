package io.sirius.plugin.lockhash.internal.config;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.Amount;
import java.util.Objects;

/**
 * The lockhash section of the network config, {@code [plugin:catapult.plugins.lockhash]}, with Sirius's keys:
 *
 * <pre>
 * lockedFundsPerAggregate = 10'000'000
 * maxHashLockDuration = 2d
 * </pre>
 *
 * <p>The duration is a block span (hours or days) that rules turn into blocks with the {@code [chain]
 * blockGenerationTargetTime} in force, as Sirius does. Other keys (such as {@code enabled}) are ignored.
 *
 * @param lockedFundsPerAggregate the deposit a lock must hold, in atomic units of the currency
 * @param maxHashLockDuration the longest a lock may last
 */
public record HashLockConfig(Amount lockedFundsPerAggregate, BlockSpan maxHashLockDuration) {
    /** The section declaration. */
    public static final ConfigSection<HashLockConfig> SECTION = ConfigSection.of("lockhash", HashLockConfig::parse);

    /** Checks the arguments. */
    public HashLockConfig {
        Objects.requireNonNull(lockedFundsPerAggregate, "lockedFundsPerAggregate");
        Objects.requireNonNull(maxHashLockDuration, "maxHashLockDuration");
    }

    /**
     * @param properties the section
     * @return the settings
     * @throws io.sirius.api.config.ConfigException naming the key that is missing or wrong
     */
    public static HashLockConfig parse(ConfigProperties properties) {
        return new HashLockConfig(new Amount(properties.getLong("lockedFundsPerAggregate")),
                properties.getBlockSpan("maxHashLockDuration"));
    }
}
