package io.sirius.kernel.chain;

import io.sirius.api.model.Hash256;

/**
 * A transaction as the node holds it, with where it is.
 *
 * @param payload its bytes
 * @param hash its hash
 * @param merkleComponentHash its leaf in the block's transactions tree (the hash, for non-aggregates)
 * @param height the block that confirmed it, 0 while unconfirmed
 * @param index its position in that block (0 while unconfirmed)
 */
public record TransactionRecord(byte[] payload, Hash256 hash, Hash256 merkleComponentHash, long height, int index) {
}
