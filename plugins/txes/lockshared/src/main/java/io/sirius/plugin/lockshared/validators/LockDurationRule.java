package io.sirius.plugin.lockshared.validators;

import io.sirius.api.config.BlockSpan;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.model.BlockDuration;

/**
 * Sirius's lock duration rule ({@code DEFINE_LOCK_DURATION_VALIDATOR}): a lock lasts at least one block and at most its
 * family's maximum span, in blocks of the {@code [chain]} block generation target time in force. Each family's duration
 * validator applies it with its own maximum and answers its own result code.
 */
public final class LockDurationRule {
    /** The {@code [chain]} key of the block time that turns the maximum span into blocks. */
    public static final String BLOCK_TIME = "blockGenerationTargetTime";

    private LockDurationRule() {
    }

    /**
     * @param duration a lock's duration in blocks (unsigned)
     * @param max the family's maximum span (e.g. {@code maxHashLockDuration})
     * @param chain the {@code [chain]} section in force (a context's {@code chainConfig()})
     * @return whether the duration is neither zero nor longer than the maximum
     * @throws io.sirius.api.config.ConfigException if the block time is missing or malformed
     */
    public static boolean allows(BlockDuration duration, BlockSpan max, ConfigProperties chain) {
        long limit = max.blocks(chain.getDuration(BLOCK_TIME)).value();
        return duration.value() != 0 && Long.compareUnsigned(duration.value(), limit) <= 0;
    }
}
