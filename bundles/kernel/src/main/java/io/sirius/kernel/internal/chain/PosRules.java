package io.sirius.kernel.internal.chain;

import io.sirius.api.model.Hash256;
import io.sirius.kernel.config.ChainSettings;
import java.math.BigInteger;
import java.util.List;

/**
 * Classic Sirius proof-of-stake (block v3), as spec/sirius-chain.md section 5 and the reference server's
 * BlockScorer and BlockDifficultyScorer define it:
 * <ul>
 * <li>hit = the first 8 bytes of the block's generation hash as a little-endian uint64;</li>
 * <li>target = difficulty x elapsed seconds (ms / 1000) x effective balance x lambda, with
 * lambda = (1 + greedDelta (1 - 2 feeInterest / feeInterestDenominator))^greedExponent; a block is valid if
 * hit &lt; target;</li>
 * <li>difficulty (a Nxt base target) from the last {@code maxDifficultyBlocks} blocks: with S their average time in
 * whole seconds including the new block, T the target time in whole seconds and f = smoothingFactor / 1000: if
 * S &gt; T, D x min(S, T + f) / T, otherwise D - D x 64 x (T - max(S, T - f)) / 100 / T (128-bit intermediates);</li>
 * <li>score of a block = 2^64 / difficulty; the chain's score is the sum.</li>
 * </ul>
 * Decision: Sirius computes T - f in unsigned arithmetic, which wraps for a target time shorter than the smoothing
 * window; here it is clamped at 0, so short devnet block times behave sensibly. Doubles use {@link StrictMath} so
 * every node computes the same target.
 */
public final class PosRules {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private PosRules() {
    }

    /**
     * @param generationHash a block's generation hash
     * @return its hit, as an unsigned value
     */
    public static BigInteger hit(Hash256 generationHash) {
        byte[] bytes = generationHash.bytes();
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (bytes[i] & 0xFF);
        }
        return new BigInteger(Long.toUnsignedString(value));
    }

    /**
     * @param elapsedMillis time since the parent block
     * @param difficulty the block's difficulty (unsigned)
     * @param effectiveBalance the signer's effective balance (unsigned)
     * @param chain the chain settings
     * @param feeInterest the block's fee interest
     * @param feeInterestDenominator its denominator
     * @return the target, truncated to an integer; zero if no time elapsed
     */
    public static BigInteger target(long elapsedMillis, long difficulty, long effectiveBalance, ChainSettings chain,
            int feeInterest, int feeInterestDenominator) {
        if (elapsedMillis <= 0) {
            return BigInteger.ZERO;
        }
        double target = unsigned(difficulty);
        target *= elapsedMillis;
        target /= 1000;
        target *= unsigned(effectiveBalance);
        double greed = Integer.toUnsignedLong(feeInterest) / (double) Math.max(1, Integer.toUnsignedLong(feeInterestDenominator));
        double lambda = StrictMath.pow(1.0 + chain.greedDelta() * (1.0 - 2.0 * greed), chain.greedExponent());
        if (!(lambda >= 0.0)) {
            return BigInteger.ZERO;
        }
        target *= lambda;
        if (!Double.isFinite(target)) {
            return BigInteger.ONE.shiftLeft(256);
        }
        return new java.math.BigDecimal(target).toBigInteger();
    }

    private static double unsigned(long value) {
        return value >= 0 ? value : (double) (value >>> 1) * 2.0 + (value & 1);
    }

    /**
     * A past block's difficulty and time.
     *
     * @param height its height
     * @param timestamp its timestamp
     * @param difficulty its difficulty
     */
    public record DifficultyInfo(long height, long timestamp, long difficulty) {
    }

    /**
     * @param history the last blocks, oldest first, the last one being the new block's parent
     * @param nextTimestamp the new block's timestamp
     * @param chain the chain settings
     * @return the new block's difficulty
     */
    public static long difficulty(List<DifficultyInfo> history, long nextTimestamp, ChainSettings chain) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("the difficulty needs at least the parent block");
        }
        DifficultyInfo last = history.get(history.size() - 1);
        if (last.difficulty() == 0) {
            throw new IllegalArgumentException("block " + last.height() + " has difficulty 0");
        }
        long ratio = chain.blockGenerationTargetTime().toSeconds();
        if (ratio <= 0) {
            return -1L;
        }
        long elapsed = nextTimestamp - history.get(0).timestamp();
        long average = Math.max(0, elapsed) / (history.size() * 1000L);
        long factor = chain.blockTimeSmoothingFactor() / 1000;
        long minRatio = Math.max(0, ratio - factor);
        long maxRatio = ratio + factor;
        BigInteger previous = new BigInteger(Long.toUnsignedString(last.difficulty()));
        BigInteger next;
        if (average > ratio) {
            next = previous.multiply(BigInteger.valueOf(Math.min(average, maxRatio))).divide(BigInteger.valueOf(ratio));
        } else {
            BigInteger reduction = previous.multiply(BigInteger.valueOf(64))
                    .multiply(BigInteger.valueOf(ratio - Math.max(average, minRatio)))
                    .divide(BigInteger.valueOf(100)).divide(BigInteger.valueOf(ratio));
            next = previous.subtract(reduction);
        }
        if (next.signum() <= 0) {
            return 1;
        }
        return next.bitLength() > 64 ? -1L : next.longValue();
    }

    /**
     * @param difficulty a block's difficulty (unsigned, not zero)
     * @return its score
     */
    public static BigInteger score(long difficulty) {
        return TWO_TO_64.divide(new BigInteger(Long.toUnsignedString(difficulty)));
    }
}
