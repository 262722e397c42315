package io.sirius.plugin.locksecret.internal.config;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import java.util.Objects;

/**
 * The locksecret section of the network config, {@code [plugin:catapult.plugins.locksecret]}, with Sirius's keys:
 *
 * <pre>
 * maxSecretLockDuration = 30d
 * minProofSize = 1
 * maxProofSize = 1000
 * </pre>
 *
 * <p>The duration is a block span (hours or days) that rules turn into blocks with the {@code [chain]
 * blockGenerationTargetTime} in force, as Sirius does. Other keys (such as {@code enabled}) are ignored.
 *
 * @param maxSecretLockDuration the longest a lock may last
 * @param minProofSize the smallest proof, in bytes (u16)
 * @param maxProofSize the largest proof, in bytes (u16)
 */
public record SecretLockConfig(BlockSpan maxSecretLockDuration, int minProofSize, int maxProofSize) {
    /** The section declaration. */
    public static final ConfigSection<SecretLockConfig> SECTION = ConfigSection.of("locksecret", SecretLockConfig::parse);

    /** Checks the arguments. */
    public SecretLockConfig {
        Objects.requireNonNull(maxSecretLockDuration, "maxSecretLockDuration");
        if (minProofSize < 0 || minProofSize > 0xFFFF || maxProofSize < 0 || maxProofSize > 0xFFFF) {
            throw new IllegalArgumentException("proof sizes are u16 values");
        }
    }

    /**
     * @param properties the section
     * @return the settings
     * @throws io.sirius.api.config.ConfigException naming the key that is missing or wrong
     */
    public static SecretLockConfig parse(ConfigProperties properties) {
        return new SecretLockConfig(properties.getBlockSpan("maxSecretLockDuration"),
                (int) properties.getLong("minProofSize", 0, 0xFFFF),
                (int) properties.getLong("maxProofSize", 0, 0xFFFF));
    }
}
