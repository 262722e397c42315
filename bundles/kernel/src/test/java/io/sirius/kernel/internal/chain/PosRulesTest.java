package io.sirius.kernel.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Hash256;
import io.sirius.kernel.config.ChainSettings;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classic PoS: the hit from the generation hash, the target from time, balance and greed, the difficulty from the
 * recent block times, and the score.
 */
class PosRulesTest {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    /** Sirius's mainnet-like settings: 15 s blocks, smoothing 3000 (3 s), greed 0.5 and 3.2. */
    private static ChainSettings settings(long targetSeconds, long smoothing, double greedDelta, double greedExponent) {
        return new ChainSettings(Duration.ofSeconds(targetSeconds), smoothing, greedDelta, greedExponent, 5760, 360, 60,
                Duration.ofHours(24), Duration.ofSeconds(10), 9_000_000_000_000_000L, 10_000_000_000L, true, 10, 200_000);
    }

    private static final ChainSettings MAINNET = settings(15, 3000, 0.5, 3.2);

    private static BigInteger unsigned(long value) {
        return new BigInteger(Long.toUnsignedString(value));
    }

    // ---------------------------------------------------------------- hit

    static Stream<Arguments> hashes() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of(new byte[32]));
        byte[] low = new byte[32];
        low[0] = 1;
        out.add(Arguments.of(low));
        byte[] high = new byte[32];
        high[7] = (byte) 0x80;
        out.add(Arguments.of(high));
        byte[] ones = new byte[32];
        java.util.Arrays.fill(ones, 0, 8, (byte) 0xFF);
        out.add(Arguments.of(ones));
        for (int seed = 0; seed < 6; seed++) {
            out.add(Arguments.of(CoreFixture.bytes(32, seed)));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("hashes")
    void theHitIsTheFirstEightBytesAsAnUnsignedLittleEndianNumber(byte[] hash) {
        // Arrange
        BigInteger expected = unsigned(ByteBuffer.wrap(hash, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong());

        // Act
        BigInteger hit = PosRules.hit(Hash256.of(hash));

        // Assert
        assertEquals(expected, hit);
        assertTrue(hit.signum() >= 0 && hit.compareTo(TWO_TO_64) < 0);
    }

    @Test
    void bytesAfterTheEighthDoNotMatter() {
        // Arrange
        byte[] hash = CoreFixture.bytes(32, 3);
        byte[] changed = hash.clone();
        for (int i = 8; i < 32; i++) {
            changed[i] ^= (byte) 0xA5;
        }

        // Act
        BigInteger first = PosRules.hit(Hash256.of(hash));
        BigInteger second = PosRules.hit(Hash256.of(changed));

        // Assert
        assertEquals(first, second);
    }

    // ---------------------------------------------------------------- target

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void noElapsedTimeMeansNoTarget(long elapsed) {
        // Act
        BigInteger target = PosRules.target(elapsed, 1_000_000, 10_000_000_000L, MAINNET, 1, 2);

        // Assert
        assertEquals(BigInteger.ZERO, target);
    }

    static Stream<Arguments> neutralGreed() {
        // values whose product stays exact in a double
        return Stream.of(
                Arguments.of(1_000L, 2_000L, 10_000_000_000L),
                Arguments.of(123_456L, 15_000L, 3_000_000L),
                Arguments.of(1L, 1_000L, 1L),
                Arguments.of(7L, 500L, 1_000L),
                Arguments.of(999L, 1_001L, 4_096L));
    }

    @ParameterizedTest
    @MethodSource("neutralGreed")
    void aHalfFeeShareLeavesDifficultyTimesSecondsTimesBalance(long difficulty, long elapsedMillis, long balance) {
        // Arrange: feeInterest / denominator = 1/2 makes lambda 1
        BigInteger expected = BigInteger.valueOf(difficulty).multiply(BigInteger.valueOf(elapsedMillis))
                .multiply(BigInteger.valueOf(balance)).divide(BigInteger.valueOf(1000));

        // Act
        BigInteger target = PosRules.target(elapsedMillis, difficulty, balance, MAINNET, 50, 100);

        // Assert
        assertEquals(expected, target);
    }

    @Test
    void theTargetGrowsWithElapsedTime() {
        // Arrange
        BigInteger previous = BigInteger.ZERO;
        for (long elapsed = 1; elapsed < 120_000; elapsed = elapsed * 3 / 2 + 1) {
            // Act
            BigInteger target = PosRules.target(elapsed, 5_000_000, 20_000_000_000L, MAINNET, 1, 2);

            // Assert
            assertTrue(target.compareTo(previous) > 0, "at " + elapsed + " ms");
            previous = target;
        }
    }

    @Test
    void theTargetGrowsWithTheEffectiveBalance() {
        // Arrange
        BigInteger previous = BigInteger.ZERO;
        for (long balance = 1_000; balance > 0 && balance < Long.MAX_VALUE / 2; balance = balance * 2 + 1) {
            // Act
            BigInteger target = PosRules.target(15_000, 5_000_000, balance, MAINNET, 1, 2);

            // Assert
            assertTrue(target.compareTo(previous) > 0, "at balance " + balance);
            previous = target;
        }
    }

    @Test
    void aGreedierHarvesterHasALowerTarget() {
        // Arrange
        int denominator = 1000;
        BigInteger previous = null;
        BigInteger neutral = PosRules.target(15_000, 5_000_000, 20_000_000_000L, MAINNET, 500, denominator);
        for (int interest = 0; interest <= denominator; interest += 50) {
            // Act
            BigInteger target = PosRules.target(15_000, 5_000_000, 20_000_000_000L, MAINNET, interest, denominator);

            // Assert: strictly lower with each step, and by lambda relative to the neutral share
            if (previous != null) {
                assertTrue(target.compareTo(previous) < 0, "at fee interest " + interest);
            }
            double greed = interest / (double) denominator;
            double lambda = Math.pow(1 + MAINNET.greedDelta() * (1 - 2 * greed), MAINNET.greedExponent());
            assertEquals(lambda, target.doubleValue() / neutral.doubleValue(), 1e-9 * lambda, "at fee interest " + interest);
            previous = target;
        }
    }

    @Test
    void withoutGreedDeltaTheFeeShareDoesNotMatter() {
        // Arrange
        ChainSettings flat = settings(15, 3000, 0.0, 3.2);

        // Act
        BigInteger stingy = PosRules.target(15_000, 5_000_000, 20_000_000_000L, flat, 0, 1);
        BigInteger greedy = PosRules.target(15_000, 5_000_000, 20_000_000_000L, flat, 1, 1);

        // Assert
        assertEquals(stingy, greedy);
    }

    @Test
    void feeInterestsAreUnsignedAndAZeroDenominatorCountsAsOne() {
        // Act
        BigInteger allOfIt = PosRules.target(15_000, 5_000_000, 20_000_000_000L, MAINNET, 1, 1);
        BigInteger allOfItUnsigned = PosRules.target(15_000, 5_000_000, 20_000_000_000L, MAINNET, -1, -1);
        BigInteger overZero = PosRules.target(15_000, 5_000_000, 20_000_000_000L, MAINNET, 1, 0);
        BigInteger half = PosRules.target(15_000, 5_000_000, 20_000_000_000L, MAINNET, Integer.MIN_VALUE, 0);

        // Assert
        assertEquals(allOfIt, allOfItUnsigned);
        assertEquals(allOfIt, overZero);
        assertEquals(BigInteger.ZERO, half, "2^31 / 1 makes lambda's base negative, which gives no target");
    }

    @Test
    void difficultyAndBalanceAreUnsigned() {
        // Arrange: 2^63 as a long is negative
        BigInteger quarter = PosRules.target(1_000, 1L << 62, 1_000, MAINNET, 1, 2);

        // Act
        BigInteger half = PosRules.target(1_000, Long.MIN_VALUE, 1_000, MAINNET, 1, 2);
        BigInteger halfBalance = PosRules.target(1_000, 1_000, Long.MIN_VALUE, MAINNET, 1, 2);

        // Assert
        assertEquals(quarter.shiftLeft(1), half);
        assertEquals(half, halfBalance);
    }

    @Test
    void anOverflowingTargetIsHuge() {
        // Arrange: 1.5^2000 does not fit a double
        ChainSettings extreme = settings(15, 3000, 0.5, 2000);

        // Act
        BigInteger target = PosRules.target(15_000, 5_000_000, 20_000_000_000L, extreme, 0, 1);

        // Assert
        assertTrue(target.compareTo(TWO_TO_64) > 0, "every hit is below it");
    }

    // ---------------------------------------------------------------- difficulty

    /** n blocks {@code spacing} ms apart, the last being the parent; returns the history. */
    private static List<PosRules.DifficultyInfo> history(int count, long spacing, long difficulty) {
        List<PosRules.DifficultyInfo> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new PosRules.DifficultyInfo(100 + i, 1_000_000 + i * spacing, difficulty));
        }
        return out;
    }

    /** The documented rule, in exact arithmetic, from the average S (whole seconds), T and f. */
    private static BigInteger expectedDifficulty(BigInteger d, long average, long target, long factor) {
        if (average > target) {
            return d.multiply(BigInteger.valueOf(Math.min(average, target + factor))).divide(BigInteger.valueOf(target));
        }
        long floor = Math.max(0, target - factor);
        BigInteger reduction = d.multiply(BigInteger.valueOf(64)).multiply(BigInteger.valueOf(target - Math.max(average, floor)))
                .divide(BigInteger.valueOf(100L * target));
        return d.subtract(reduction);
    }

    static Stream<Arguments> blockTimes() {
        // T = 15 s, f = 3 s: below the smoothing window, inside it, at T, above it, beyond T + f
        return Stream.of(0L, 5L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 60L).map(Arguments::of);
    }

    @ParameterizedTest(name = "blocks every {0} s")
    @MethodSource("blockTimes")
    void theDifficultyFollowsTheAverageBlockTime(long seconds) {
        // Arrange: 5 past blocks, and the new one, all `seconds` apart
        long difficulty = 80_000_000_000_000L;
        List<PosRules.DifficultyInfo> history = history(5, seconds * 1000, difficulty);
        long next = history.get(4).timestamp() + seconds * 1000;

        // Act
        long result = PosRules.difficulty(history, next, MAINNET);

        // Assert
        assertEquals(expectedDifficulty(BigInteger.valueOf(difficulty), seconds, 15, 3), unsigned(result));
        int direction = Long.compare(seconds, 15);
        assertEquals(direction, Long.signum(result - difficulty), "slow blocks raise it, fast ones lower it");
        assertTrue(result <= difficulty * 18 / 15, "at most (T + f) / T up");
        assertTrue(result >= difficulty - difficulty * 64 * 3 / 1500, "at most 64 % x f / T down");
    }

    static Stream<Arguments> averageBoundaries() {
        // 3 past blocks; the average counts the new block's interval and whole seconds only
        return Stream.of(
                Arguments.of(3 * 15_000L - 1, -1),
                Arguments.of(3 * 15_000L, 0),
                Arguments.of(3 * 16_000L - 1, 0),
                Arguments.of(3 * 16_000L, 1));
    }

    @ParameterizedTest(name = "{0} ms since the oldest: {1}")
    @MethodSource("averageBoundaries")
    void theAverageIsInWholeSecondsOverAllIntervals(long elapsed, int direction) {
        // Arrange
        long difficulty = 1_000_000_000L;
        List<PosRules.DifficultyInfo> history = history(3, 15_000, difficulty);

        // Act
        long result = PosRules.difficulty(history, history.get(0).timestamp() + elapsed, MAINNET);

        // Assert
        assertEquals(direction, Long.signum(result - difficulty));
    }

    @ParameterizedTest(name = "blocks every {0} s")
    @ValueSource(longs = {0, 1, 2, 3})
    void aTargetTimeShorterThanTheSmoothingWindowIsClamped(long seconds) {
        // Arrange: T = 2 s with f = 3 s; Sirius's unsigned T - f would wrap, here the floor is 0
        ChainSettings devnet = settings(2, 3000, 0.5, 3.2);
        long difficulty = 1_000_000_000_000L;
        List<PosRules.DifficultyInfo> history = history(3, seconds * 1000, difficulty);

        // Act
        long result = PosRules.difficulty(history, history.get(2).timestamp() + seconds * 1000, devnet);

        // Assert
        assertEquals(expectedDifficulty(BigInteger.valueOf(difficulty), seconds, 2, 3), unsigned(result));
        assertTrue(result > 0 && result >= difficulty - difficulty * 64 / 100, "never more than 64 % down");
        if (seconds < 2) {
            assertTrue(result < difficulty, "fast blocks still lower it");
        }
    }

    @Test
    void theDevnetsDifficultyMovesBothWays() {
        // Arrange: the test devnet's own [chain] section
        ChainSettings devnet = CoreFixture.devnetConfig(t -> t).chain();
        long target = devnet.blockGenerationTargetTime().toMillis();
        List<PosRules.DifficultyInfo> fast = history(devnet.maxDifficultyBlocks(), target / 4, 1_000_000_000L);
        List<PosRules.DifficultyInfo> slow = history(devnet.maxDifficultyBlocks(), target * 4, 1_000_000_000L);

        // Act
        long faster = PosRules.difficulty(fast, fast.get(fast.size() - 1).timestamp() + target / 4, devnet);
        long slower = PosRules.difficulty(slow, slow.get(slow.size() - 1).timestamp() + target * 4, devnet);

        // Assert
        assertTrue(faster < 1_000_000_000L && faster > 0);
        assertTrue(slower > 1_000_000_000L);
    }

    @Test
    void theDifficultyStaysWithinUnsignedSixtyFourBits() {
        // Arrange
        List<PosRules.DifficultyInfo> slowAtTheTop = history(5, 60_000, -2L);
        List<PosRules.DifficultyInfo> fastAtTheBottom = history(5, 0, 1L);

        // Act
        long top = PosRules.difficulty(slowAtTheTop, slowAtTheTop.get(4).timestamp() + 60_000, MAINNET);
        long bottom = PosRules.difficulty(fastAtTheBottom, fastAtTheBottom.get(4).timestamp(), MAINNET);

        // Assert
        assertEquals(TWO_TO_64.subtract(BigInteger.ONE), unsigned(top), "saturates at 2^64 - 1");
        assertEquals(1, bottom, "never reaches 0");
    }

    @Test
    void aParentDifficultyAboveTwoToTheSixtyThreeIsUnsigned() {
        // Arrange: 2^63 + 1000, fast blocks
        long difficulty = Long.MIN_VALUE + 1000;
        List<PosRules.DifficultyInfo> history = history(5, 0, difficulty);

        // Act
        long result = PosRules.difficulty(history, history.get(4).timestamp(), MAINNET);

        // Assert
        assertEquals(expectedDifficulty(unsigned(difficulty), 0, 15, 3), unsigned(result));
    }

    @Test
    void theDifficultyNeedsAParentWithADifficulty() {
        // Act
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> PosRules.difficulty(List.of(), 1_000, MAINNET));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> PosRules.difficulty(history(2, 15_000, 0), 1_000_000, MAINNET));

        // Assert
        assertTrue(empty.getMessage().contains("parent"), empty.getMessage());
        assertTrue(zero.getMessage().contains("101"), zero.getMessage());
    }

    // ---------------------------------------------------------------- score

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 1_000_000, 1L << 32, Long.MAX_VALUE, Long.MIN_VALUE, -1L})
    void theScoreIsTwoToTheSixtyFourOverTheDifficulty(long difficulty) {
        // Act
        BigInteger score = PosRules.score(difficulty);

        // Assert: score x difficulty <= 2^64 < (score + 1) x difficulty
        BigInteger d = unsigned(difficulty);
        assertTrue(score.multiply(d).compareTo(TWO_TO_64) <= 0);
        assertTrue(score.add(BigInteger.ONE).multiply(d).compareTo(TWO_TO_64) > 0);
    }

    @Test
    void aHarderBlockScoresLess() {
        // Arrange
        long[] difficulties = {1, 2, 1_000, 1L << 40, 1L << 62, -1L};

        for (int i = 1; i < difficulties.length; i++) {
            // Act
            BigInteger easier = PosRules.score(difficulties[i - 1]);
            BigInteger harder = PosRules.score(difficulties[i]);

            // Assert
            assertTrue(harder.compareTo(easier) < 0, Long.toUnsignedString(difficulties[i]));
        }
    }
}
