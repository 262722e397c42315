package io.sirius.api.notification;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;

/**
 * A block, published by the kernel after its transactions' notifications: observers pay fees and run
 * height-driven work (expiries, payments); validators check height-gated rules.
 *
 * @param signer the block's producer
 * @param beneficiary who shares the fees (zero key for none)
 * @param height the block's height
 * @param timestamp the block's timestamp
 * @param totalFee the fees of every transaction in the block
 * @param feeInterest the producer's fee interest numerator
 * @param feeInterestDenominator its denominator
 */
public record BlockNotification(PublicKey signer, PublicKey beneficiary, Height height, Timestamp timestamp, Amount totalFee,
        int feeInterest, int feeInterestDenominator) implements Notification {
}
