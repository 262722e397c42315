package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import io.sirius.state.StateChanges.IndexWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The harvesting balance history: effective balances are the smallest balance held over a window, checked against
 * a brute-force model of the balance at every height; rollbacks restore the index exactly; pruning keeps the base
 * of every window a rollback can ask for.
 */
class BalanceHistoryTest {
    @TempDir
    Path directory;
    CoreFixture fixture;
    IndexWriter index;
    final Address address = CoreFixture.address(CoreFixture.key(30).publicKey());
    final Address other = CoreFixture.address(CoreFixture.key(31).publicKey());

    @BeforeEach
    void open() {
        fixture = CoreFixture.open(directory);
        index = fixture.changes().index(BalanceHistory.INDEX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** One balance change: the balance after it, at a height. */
    record Change(long height, long balance) {
    }

    /** The balance held at {@code height}: the last change at or below it, zero before the first. */
    private static BigInteger balanceAt(List<Change> changes, long height) {
        BigInteger balance = BigInteger.ZERO;
        for (Change c : changes) {
            if (c.height <= height) {
                balance = unsigned(c.balance);
            }
        }
        return balance;
    }

    /** The smallest balance held at any height from {@code windowStart} to past the last change, height by height. */
    private static BigInteger bruteForce(List<Change> changes, long windowStart) {
        long last = changes.stream().mapToLong(Change::height).max().orElse(0);
        BigInteger min = balanceAt(changes, windowStart);
        for (long h = windowStart; h <= last + 1; h++) {
            min = min.min(balanceAt(changes, h));
        }
        return min;
    }

    private static BigInteger unsigned(long value) {
        return new BigInteger(Long.toUnsignedString(value));
    }

    private BigInteger effective(long windowStart) {
        return unsigned(BalanceHistory.effectiveBalance(index, address, new Height(windowStart)).value());
    }

    private void commit(Change change, long keepFrom) {
        BalanceHistory.commit(index, address, new Height(change.height), new Amount(change.balance), new Height(keepFrom));
    }

    private List<String> entries(Address of) {
        List<String> out = new ArrayList<>();
        index.scan(of.bytes(), (k, v) -> out.add(Hex.encode(k) + "=" + Hex.encode(v)));
        return out;
    }

    private static List<Change> randomHistory(long seed, int count) {
        Random random = new Random(seed);
        List<Change> changes = new ArrayList<>();
        long height = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            // gaps of 0 are several changes in one block; some balances have the top bit set
            height += random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(40);
            long balance = random.nextInt(6) == 0 ? Long.MIN_VALUE + random.nextInt(1000) : random.nextInt(1_000_000);
            changes.add(new Change(height, balance));
        }
        return changes;
    }

    @Test
    void anAccountWithoutHistoryHasNothing() {
        // Arrange
        commit(new Change(5, 700), 0);

        // Act
        Amount balance = BalanceHistory.effectiveBalance(index, other, new Height(1));

        // Assert
        assertEquals(Amount.ZERO, balance);
    }

    static Stream<Arguments> windowsAroundOneChange() {
        // a balance of 500 from height 10, 200 from height 20
        return Stream.of(
                Arguments.of(9L), Arguments.of(10L), Arguments.of(11L),
                Arguments.of(19L), Arguments.of(20L), Arguments.of(21L));
    }

    @ParameterizedTest
    @MethodSource("windowsAroundOneChange")
    void theWindowStartsAtTheBalanceHeldAtItsFirstHeight(long windowStart) {
        // Arrange
        List<Change> changes = List.of(new Change(10, 500), new Change(20, 200));
        changes.forEach(c -> commit(c, 0));

        // Act
        BigInteger balance = effective(windowStart);

        // Assert
        assertEquals(bruteForce(changes, windowStart), balance);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void effectiveBalancesMatchTheBruteForceModel(long seed) {
        // Arrange
        List<Change> changes = randomHistory(seed, 30);
        changes.forEach(c -> commit(c, 0));
        long last = changes.get(changes.size() - 1).height();

        for (long windowStart = 1; windowStart <= last + 2; windowStart++) {
            // Act
            BigInteger balance = effective(windowStart);

            // Assert
            assertEquals(bruteForce(changes, windowStart), balance, "window from " + windowStart);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void undoingEveryChangeRestoresTheIndexExactly(long seed) {
        // Arrange: commit the changes one by one, remembering the index before each
        List<Change> changes = randomHistory(seed, 25);
        commitOther();
        List<List<String>> before = new ArrayList<>();
        for (Change c : changes) {
            before.add(entries(address));
            commit(c, 0);
        }
        List<String> untouched = entries(other);

        for (int i = changes.size() - 1; i >= 0; i--) {
            // Act: undo change i; the balance is then the one before it
            long restored = i == 0 ? 0 : changes.get(i - 1).balance();
            BalanceHistory.rollback(index, address, new Height(changes.get(i).height()), new Amount(restored));

            // Assert
            assertEquals(before.get(i), entries(address), "after undoing change " + i);
        }
        assertEquals(untouched, entries(other));
    }

    private void commitOther() {
        BalanceHistory.commit(index, other, new Height(3), new Amount(99), new Height(0));
    }

    static Stream<Arguments> pruningBoundaries() {
        // entries at 10, 20, 30, 40; the new change at 100 prunes with keepFrom
        return Stream.of(
                Arguments.of(0L, List.of(10L, 20L, 30L, 40L, 100L)),
                Arguments.of(10L, List.of(10L, 20L, 30L, 40L, 100L)),
                Arguments.of(11L, List.of(10L, 20L, 30L, 40L, 100L)),
                Arguments.of(21L, List.of(20L, 30L, 40L, 100L)),
                Arguments.of(39L, List.of(30L, 40L, 100L)),
                Arguments.of(40L, List.of(30L, 40L, 100L)),
                Arguments.of(41L, List.of(40L, 100L)),
                Arguments.of(100L, List.of(40L, 100L)),
                Arguments.of(101L, List.of(100L)));
    }

    @ParameterizedTest(name = "keepFrom {0} keeps {1}")
    @MethodSource("pruningBoundaries")
    void pruningDropsOldEntriesButKeepsTheNewestOfThem(long keepFrom, List<Long> kept) {
        // Arrange
        List<Change> changes = List.of(new Change(10, 1), new Change(20, 2), new Change(30, 3), new Change(40, 4));
        changes.forEach(c -> commit(c, 0));

        // Act
        commit(new Change(100, 5), keepFrom);

        // Assert
        List<String> expected = new ArrayList<>();
        for (long height : kept) {
            byte[] key = java.nio.ByteBuffer.allocate(Address.SIZE + 8).put(address.bytes()).putLong(height).array();
            long value = height == 100 ? 5 : height / 10;
            byte[] amount = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(value).array();
            expected.add(Hex.encode(key) + "=" + Hex.encode(amount));
        }
        assertEquals(expected, entries(address));
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void prunedHistoryAnswersEveryWindowARollbackCanAskFor(long seed) {
        // Arrange: the observers' rule, keepFrom = height - importanceGrouping - maxRollbackBlocks
        long grouping = 40;
        long rollback = 15;
        List<Change> changes = randomHistory(seed, 60);
        for (Change c : changes) {
            commit(c, Math.max(0, c.height() - grouping - rollback));
        }
        long tip = changes.get(changes.size() - 1).height();

        // Act: undo every change of the last maxRollbackBlocks heights, newest first
        List<Change> remaining = new ArrayList<>(changes);
        while (!remaining.isEmpty() && remaining.get(remaining.size() - 1).height() > tip - rollback) {
            Change undone = remaining.remove(remaining.size() - 1);
            long restored = remaining.isEmpty() ? 0 : remaining.get(remaining.size() - 1).balance();
            BalanceHistory.rollback(index, address, new Height(undone.height()), new Amount(restored));
        }

        // Assert: any block from the rolled-back tip on looks at windows starting after tip - rollback - grouping
        long newTip = tip - rollback;
        for (long height = newTip + 1; height <= tip + 1; height++) {
            long windowStart = Math.max(1, height - grouping);
            assertEquals(bruteForce(remaining, windowStart), effective(windowStart), "window from " + windowStart);
        }
    }

    @Test
    void balancesCompareUnsigned() {
        // Arrange: 2^63 + 1 is more than 7, though negative as a long
        List<Change> changes = List.of(new Change(5, 7), new Change(6, Long.MIN_VALUE + 1), new Change(9, Long.MIN_VALUE));
        changes.forEach(c -> commit(c, 0));

        // Act
        BigInteger fromFive = effective(5);
        BigInteger fromSix = effective(6);

        // Assert
        assertEquals(BigInteger.valueOf(7), fromFive);
        assertEquals(unsigned(Long.MIN_VALUE), fromSix);
    }
}
