package io.sirius.kernel.config;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import java.time.Duration;

/**
 * The {@code [chain]} section the kernel uses, with Sirius's key names.
 *
 * @param blockGenerationTargetTime the average time between blocks the difficulty aims at
 * @param blockTimeSmoothingFactor the smoothing of block time adjustments
 * @param greedDelta how much a harvester's fee interest moves its target
 * @param greedExponent the exponent of that effect
 * @param importanceGrouping the number of blocks over which effective balances are taken
 * @param maxRollbackBlocks how deep a fork switch may undo blocks
 * @param maxDifficultyBlocks the number of past blocks the difficulty is computed from
 * @param maxTransactionLifetime the longest a transaction may wait between signing and its deadline
 * @param maxBlockFutureTime how far ahead of the node's clock a block may be
 * @param maxMosaicAtomicUnits the largest supply of any mosaic
 * @param minHarvesterBalance the effective balance an account needs to harvest
 * @param enableDeadlineValidation whether deadlines are checked
 * @param harvestBeneficiaryPercentage the share of fees the block's beneficiary gets
 * @param maxTransactionsPerBlock the most transactions a block may hold
 */
public record ChainSettings(Duration blockGenerationTargetTime, long blockTimeSmoothingFactor, double greedDelta,
        double greedExponent, long importanceGrouping, int maxRollbackBlocks, int maxDifficultyBlocks,
        Duration maxTransactionLifetime, Duration maxBlockFutureTime, long maxMosaicAtomicUnits, long minHarvesterBalance,
        boolean enableDeadlineValidation, int harvestBeneficiaryPercentage, int maxTransactionsPerBlock) {

    /**
     * @param chain the {@code [chain]} section
     * @return the settings, checked for consistency
     * @throws ConfigException naming the key at fault
     */
    public static ChainSettings parse(ConfigProperties chain) {
        ChainSettings settings = new ChainSettings(
                chain.getDuration("blockGenerationTargetTime"),
                chain.getLong("blockTimeSmoothingFactor"),
                chain.getDouble("greedDelta"),
                chain.getDouble("greedExponent"),
                chain.getLong("importanceGrouping", 1, Long.MAX_VALUE),
                (int) chain.getLong("maxRollbackBlocks", 0, Integer.MAX_VALUE),
                (int) chain.getLong("maxDifficultyBlocks", 1, 1_000_000),
                chain.getDuration("maxTransactionLifetime"),
                chain.getDuration("maxBlockFutureTime"),
                chain.getLong("maxMosaicAtomicUnits"),
                chain.getLong("minHarvesterBalance"),
                chain.getBoolean("enableDeadlineValidation"),
                (int) chain.getLong("harvestBeneficiaryPercentage", 0, 100),
                (int) chain.getLong("maxTransactionsPerBlock", 1, Integer.MAX_VALUE));
        if (settings.blockGenerationTargetTime.toSeconds() < 1) {
            throw new ConfigException("[chain] blockGenerationTargetTime must be at least 1s: the difficulty works in "
                    + "whole seconds, and a shorter target would let every harvester hit at once");
        }
        if (settings.importanceGrouping <= settings.maxRollbackBlocks / 2) {
            throw new ConfigException("[chain] importanceGrouping (" + settings.importanceGrouping
                    + ") must be more than half of maxRollbackBlocks (" + settings.maxRollbackBlocks + ")");
        }
        return settings;
    }
}
