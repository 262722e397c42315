package io.sirius.kernel.internal.pipeline;

/**
 * The fee fields of a block header, which fix what each of its transactions pays.
 *
 * @param feeMultiplier the fee multiplier
 * @param feeInterest the producer's fee interest numerator
 * @param feeInterestDenominator its denominator
 */
public record BlockFees(int feeMultiplier, int feeInterest, int feeInterestDenominator) {
}
