package io.sirius.kernel.internal.history;

import io.sirius.api.model.EntityType;
import io.sirius.state.StateChanges;
import io.sirius.state.StateChanges.IndexWriter;
import io.sirius.state.StateStore.IndexReader;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * How many transactions the chain holds up to a height, by entity type, so a search of confirmed transactions without
 * an account can count its matches and find the blocks of one page without reading every block of its range.
 *
 * <p>Layout of the {@value #NAME} index, heights split into groups of {@link #GROUP} blocks:
 * <ul>
 * <li>a block with transactions: group (8, big-endian) ‖ height within the group (2) → per top-level entity type in
 * the block: type (2) ‖ count (4);</li>
 * <li>at the last block of each group, a checkpoint: group ‖ {@code FFFF} → per type seen so far: type (2) ‖ count of
 * that type from the nemesis block through the end of the group (8);</li>
 * <li>{@code FF…FF} (10 bytes) → the first height recorded (8), since a chain started before this index existed has
 * no entries for its early blocks.</li>
 * </ul>
 * The cumulative count at any height is one checkpoint read and one prefix scan of at most {@link #GROUP} small
 * entries; a block writes one entry (none when it is empty) and every thousandth block one checkpoint, so the index
 * stays small on a long, mostly empty chain. Only top-level transactions are counted (a search's type filter applies
 * to them, as Sirius's REST gateway does).
 *
 * <p>Why not a count per block in every entry: it would make a quiet chain write an entry for every empty block,
 * and a type filter would still need per-type totals; why not a sorted seek: the state store's index reader offers
 * point reads and prefix scans only.
 */
public final class TransactionCounts {
    /** The index's name (kernel history, outside the state hash). */
    public static final String NAME = "history_count";
    /** Blocks per group. */
    public static final int GROUP = 1000;

    private static final int CHECKPOINT = 0xFFFF;
    private static final byte[] COVERAGE = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1};

    private final IndexReader index;

    /**
     * @param index the {@value #NAME} index, at the height searches see
     */
    public TransactionCounts(IndexReader index) {
        this.index = index;
    }

    /**
     * Records a block: its own entry if it has transactions, the group's checkpoint if it ends one.
     *
     * @param changes the block's delta
     * @param height the block's height
     * @param types the entity types of its top-level transactions, in block order
     */
    public static void record(StateChanges changes, long height, Iterable<EntityType> types) {
        IndexWriter writer = changes.index(NAME);
        if (writer.get(COVERAGE).isEmpty()) {
            writer.put(COVERAGE, ByteBuffer.allocate(8).putLong(height).array());
        }
        Map<Integer, Long> own = new TreeMap<>();
        for (EntityType type : types) {
            own.merge(type.value(), 1L, Long::sum);
        }
        if (!own.isEmpty()) {
            ByteBuffer value = ByteBuffer.allocate(own.size() * 6);
            own.forEach((type, count) -> value.putShort((short) (int) type).putInt((int) (long) count));
            writer.put(key(height / GROUP, (int) (height % GROUP)), value.array());
        }
        if (height % GROUP == GROUP - 1) {
            long group = height / GROUP;
            Map<Integer, Long> totals = checkpoint(writer, group - 1);
            writer.scan(groupPrefix(group), (key, value) -> {
                if (withinGroup(key) != CHECKPOINT) {
                    addOwn(totals, value);
                }
                return true;
            });
            ByteBuffer value = ByteBuffer.allocate(totals.size() * 10);
            totals.forEach((type, count) -> value.putShort((short) (int) type).putLong(count));
            writer.put(key(group, CHECKPOINT), value.array());
        }
    }

    /**
     * Forgets a block being undone.
     *
     * @param changes the rollback delta
     * @param height the block's height
     */
    public static void undo(StateChanges changes, long height) {
        IndexWriter writer = changes.index(NAME);
        writer.remove(key(height / GROUP, (int) (height % GROUP)));
        if (height % GROUP == GROUP - 1) {
            writer.remove(key(height / GROUP, CHECKPOINT));
        }
        writer.get(COVERAGE).ifPresent(first -> {
            if (ByteBuffer.wrap(first).getLong() >= height) {
                writer.remove(COVERAGE);
            }
        });
    }

    /**
     * @return the first height this index has recorded, empty if it has recorded none; counts are exact only from
     *     height 1, so a chain whose state predates the index is searched block by block (rebuilding the state fills
     *     it)
     */
    public OptionalLong firstHeight() {
        return index.get(COVERAGE).map(v -> OptionalLong.of(ByteBuffer.wrap(v).getLong())).orElse(OptionalLong.empty());
    }

    /**
     * @param height a height (0 for before the nemesis block)
     * @param types the entity types counted, empty for all
     * @return how many top-level transactions of those types the blocks 1 to {@code height} hold
     */
    public long through(long height, Set<EntityType> types) {
        if (height <= 0) {
            return 0;
        }
        long group = height / GROUP;
        long[] total = {sum(checkpoint(index, group - 1), types)};
        int last = (int) (height % GROUP);
        index.scan(groupPrefix(group), (key, value) -> {
            int at = withinGroup(key);
            if (at > last) {
                return false;
            }
            total[0] += sum(own(value), types);
            return true;
        });
        return total[0];
    }

    /**
     * Finds the block holding the {@code ordinal}-th matching transaction of the chain (1-based, in chain order).
     *
     * @param ordinal the ordinal, at least 1
     * @param types the entity types counted, empty for all
     * @param top the highest height to consider
     * @return its height, empty if the chain up to {@code top} has fewer
     */
    public OptionalLong heightOf(long ordinal, Set<EntityType> types, long top) {
        if (ordinal < 1) {
            return OptionalLong.empty();
        }
        long lastGroup = top / GROUP;
        // The first group whose checkpoint reaches the ordinal (groups without a checkpoint yet count as reaching it).
        long low = 0;
        long high = lastGroup;
        while (low < high) {
            long middle = (low + high) >>> 1;
            Map<Integer, Long> checkpoint = index.get(key(middle, CHECKPOINT)).map(TransactionCounts::cumulative).orElse(null);
            if (checkpoint != null && sum(checkpoint, types) < ordinal) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        long[] seen = {sum(checkpoint(index, low - 1), types)};
        long[] found = {-1};
        long group = low;
        index.scan(groupPrefix(group), (key, value) -> {
            int at = withinGroup(key);
            long height = group * GROUP + at;
            if (at == CHECKPOINT || height > top) {
                return false;
            }
            seen[0] += sum(own(value), types);
            if (seen[0] >= ordinal) {
                found[0] = height;
                return false;
            }
            return true;
        });
        return found[0] < 0 ? OptionalLong.empty() : OptionalLong.of(found[0]);
    }

    /**
     * Visits the heights from {@code from} upwards whose blocks hold matching transactions.
     *
     * @param from the first height
     * @param top the last height
     * @param types the entity types counted, empty for all
     * @param visitor gets each height; returns false to stop
     */
    public void heightsWithMatches(long from, long top, Set<EntityType> types, LongPredicate visitor) {
        boolean[] stopped = {false};
        for (long group = from / GROUP; group <= top / GROUP && !stopped[0]; group++) {
            long base = group * GROUP;
            index.scan(groupPrefix(group), (key, value) -> {
                int at = withinGroup(key);
                long height = base + at;
                if (at == CHECKPOINT || height > top) {
                    return false;
                }
                if (height >= from && sum(own(value), types) > 0 && !visitor.test(height)) {
                    stopped[0] = true;
                    return false;
                }
                return true;
            });
        }
    }

    private static Map<Integer, Long> checkpoint(IndexReader reader, long group) {
        if (group < 0) {
            return new TreeMap<>();
        }
        return reader.get(key(group, CHECKPOINT)).map(TransactionCounts::cumulative).orElseGet(TreeMap::new);
    }

    private static Map<Integer, Long> cumulative(byte[] value) {
        Map<Integer, Long> out = new TreeMap<>();
        ByteBuffer in = ByteBuffer.wrap(value);
        while (in.remaining() >= 10) {
            out.put(in.getShort() & 0xFFFF, in.getLong());
        }
        return out;
    }

    private static Map<Integer, Long> own(byte[] value) {
        Map<Integer, Long> out = new TreeMap<>();
        addOwn(out, value);
        return out;
    }

    private static void addOwn(Map<Integer, Long> totals, byte[] value) {
        ByteBuffer in = ByteBuffer.wrap(value);
        while (in.remaining() >= 6) {
            totals.merge(in.getShort() & 0xFFFF, in.getInt() & 0xFFFFFFFFL, Long::sum);
        }
    }

    private static long sum(Map<Integer, Long> counts, Set<EntityType> types) {
        long total = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            if (types.isEmpty() || types.contains(new EntityType(e.getKey()))) {
                total += e.getValue();
            }
        }
        return total;
    }

    private static byte[] key(long group, int within) {
        return ByteBuffer.allocate(10).putLong(group).putShort((short) within).array();
    }

    private static byte[] groupPrefix(long group) {
        return ByteBuffer.allocate(8).putLong(group).array();
    }

    private static int withinGroup(byte[] key) {
        return ((key[8] & 0xFF) << 8) | (key[9] & 0xFF);
    }
}
