package io.sirius.plugin.namespace.internal.config;

import io.sirius.api.config.ConfigProperties;
import java.time.Duration;

/**
 * The block generation target time of the {@code [chain]} section in force, which turns the namespace section's
 * durations (hours and days) into blocks, as Sirius does with {@code BlockGenerationTargetTime}.
 */
public final class ChainBlockTime {
    /** The key in {@code [chain]}. */
    public static final String KEY = "blockGenerationTargetTime";

    private ChainBlockTime() {
    }

    /**
     * @param chain the {@code [chain]} section (a context's {@code chainConfig()})
     * @return its block generation target time
     * @throws io.sirius.api.config.ConfigException if the key is missing or malformed
     */
    public static Duration of(ConfigProperties chain) {
        return chain.getDuration(KEY);
    }
}
