package io.sirius.kernel.chain;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;

/**
 * A block of the chain with what REST's {@code meta} holds.
 *
 * @param height its height
 * @param bytes its bytes as on the wire
 * @param hash its hash
 * @param generationHash its generation hash
 * @param totalFee its transactions' fees
 * @param transactionCount its number of transactions
 * @param score the chain's cumulative score up to it
 * @param statement its statements (receipts and alias resolutions)
 */
public record BlockInfo(long height, byte[] bytes, Hash256 hash, Hash256 generationHash, Amount totalFee,
        int transactionCount, java.math.BigInteger score, io.sirius.kernel.receipts.BlockStatement statement) {
}
