package io.sirius.kernel.internal.chain;

import io.sirius.api.model.Hash256;
import java.math.BigInteger;

/**
 * The last block of the chain.
 *
 * @param height its height
 * @param hash its hash
 * @param generationHash its generation hash
 * @param timestamp its timestamp
 * @param difficulty its difficulty
 * @param score the chain's cumulative score up to it
 */
public record ChainTip(long height, Hash256 hash, Hash256 generationHash, long timestamp, long difficulty, BigInteger score) {
}
