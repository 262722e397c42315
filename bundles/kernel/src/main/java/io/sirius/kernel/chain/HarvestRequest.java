package io.sirius.kernel.chain;

import io.sirius.api.model.PublicKey;
import io.sirius.crypto.KeyPair;

/**
 * A harvester asking to produce the next block now.
 *
 * @param harvester the harvesting key
 * @param feeInterest the share of the maximum fee it charges, numerator
 * @param feeInterestDenominator denominator
 * @param beneficiary who shares its fees (zero key for none)
 */
public record HarvestRequest(KeyPair harvester, int feeInterest, int feeInterestDenominator, PublicKey beneficiary) {
}
