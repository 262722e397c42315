package io.sirius.plugin.lockhash.internal.config;

import io.sirius.api.config.ConfigProperties;
import java.time.Duration;

/**
 * The two {@code [chain]} values the hash lock rules read from the section in force: the block generation target
 * time (turns {@code maxHashLockDuration} into blocks) and {@code maxRollbackBlocks} (Sirius prunes a lock that many
 * blocks after it ends).
 */
public final class ChainSettings {
    /** The block time key. */
    public static final String BLOCK_TIME = "blockGenerationTargetTime";
    /** The rollback depth key. */
    public static final String MAX_ROLLBACK_BLOCKS = "maxRollbackBlocks";

    private ChainSettings() {
    }

    /**
     * @param chain the {@code [chain]} section (a context's {@code chainConfig()})
     * @return its block generation target time
     * @throws io.sirius.api.config.ConfigException if the key is missing or malformed
     */
    public static Duration blockTime(ConfigProperties chain) {
        return chain.getDuration(BLOCK_TIME);
    }

    /**
     * @param chain the {@code [chain]} section
     * @return its {@code maxRollbackBlocks}
     * @throws io.sirius.api.config.ConfigException if the key is missing or malformed
     */
    public static long maxRollbackBlocks(ConfigProperties chain) {
        return chain.getLong(MAX_ROLLBACK_BLOCKS);
    }
}
