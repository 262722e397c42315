package io.sirius.plugin.mosaic.internal.config;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import java.time.Duration;

/**
 * The two {@code [chain]} values the mosaic rules use, read from a context's {@code chainConfig()} (the section in
 * force at the height) as Sirius reads them from its network configuration: {@code maxMosaicAtomicUnits}, the largest
 * supply of a mosaic, and {@code blockGenerationTargetTime}, which turns {@code maxMosaicDuration} into blocks. Both
 * keys are required in {@code [chain]}, by Sirius and by the kernel alike.
 */
public final class ChainValues {
    /** The key of the supply bound in {@code [chain]}. */
    public static final String MAX_MOSAIC_ATOMIC_UNITS = "maxMosaicAtomicUnits";
    /** The key of the block time in {@code [chain]}. */
    public static final String BLOCK_GENERATION_TARGET_TIME = "blockGenerationTargetTime";

    private ChainValues() {
    }

    /**
     * @param chain the {@code [chain]} section in force
     * @return the largest supply any mosaic may reach
     * @throws ConfigException if the key is missing or not a number
     */
    public static long maxMosaicAtomicUnits(ConfigProperties chain) {
        return chain.getLong(MAX_MOSAIC_ATOMIC_UNITS);
    }

    /**
     * @param chain the {@code [chain]} section in force
     * @return the block generation target time, positive
     * @throws ConfigException if the key is missing, not a duration, or not positive
     */
    public static Duration blockGenerationTargetTime(ConfigProperties chain) {
        Duration time = chain.getDuration(BLOCK_GENERATION_TARGET_TIME);
        if (time.toMillis() <= 0) {
            throw new ConfigException("[" + chain.section() + "] " + BLOCK_GENERATION_TARGET_TIME + " must be positive");
        }
        return time;
    }
}
