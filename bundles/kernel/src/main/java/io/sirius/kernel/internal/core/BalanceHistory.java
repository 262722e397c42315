package io.sirius.kernel.internal.core;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.state.StateChanges.IndexWriter;
import io.sirius.state.StateStore.IndexReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The harvesting-mosaic balance history effective balances are taken from, kept in the {@value #INDEX} index
 * (with the state, outside every Merkle root).
 *
 * <p>Key: address (25) ‖ height (8, big endian); value: the balance (8, little endian) held from that height on.
 * Every change of an account's harvesting balance writes the entry at the block's height. Rollback restores
 * exactly: once undone, an entry equal to the one before it is removed. Entries older than
 * {@code importanceGrouping + maxRollbackBlocks} blocks are dropped at an account's first change in a block, except
 * the newest of them, which is the base of the window; since the index is outside the state hash, this pruning need not be
 * undone, and no effective balance a rollback can ask for ever needs a dropped entry.
 */
public final class BalanceHistory {
    /** The index's name. */
    public static final String INDEX = "balance_history";

    private BalanceHistory() {
    }

    private static byte[] key(Address address, long height) {
        byte[] key = new byte[Address.SIZE + 8];
        address.copyTo(key, 0);
        for (int i = 0; i < 8; i++) {
            key[Address.SIZE + i] = (byte) (height >>> (56 - 8 * i));
        }
        return key;
    }

    private static long heightOf(byte[] key) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (key[Address.SIZE + i] & 0xFF);
        }
        return value;
    }

    private static byte[] amount(long value) {
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    private static long amountOf(byte[] value) {
        long result = 0;
        for (int i = 7; i >= 0; i--) {
            result = result << 8 | (value[i] & 0xFF);
        }
        return result;
    }

    private record Entry(long height, long amount) {
    }

    private static List<Entry> entries(IndexReader index, Address address) {
        List<Entry> entries = new ArrayList<>();
        index.scan(address.bytes(), (k, v) -> {
            entries.add(new Entry(heightOf(k), amountOf(v)));
            return true;
        });
        return entries;
    }

    /**
     * Records a balance after a change applied at {@code height}.
     *
     * @param index the index
     * @param address the account
     * @param height the block's height
     * @param balance the balance now
     * @param keepFrom entries older than this are dropped, except the newest of them
     */
    public static void commit(IndexWriter index, Address address, Height height, Amount balance, Height keepFrom) {
        byte[] key = key(address, height.value());
        // An account changed again in the same block was pruned at its first change: nothing has aged since.
        boolean again = index.get(key).isPresent();
        index.put(key, amount(balance.value()));
        if (again) {
            return;
        }
        // Only the entries older than keepFrom matter here, and they come first: the scan stops at the first one that
        // is not, so an account whose window holds many entries costs one or two reads per change, not all of them.
        long keep = keepFrom.value();
        List<Long> old = new ArrayList<>(2);
        index.scan(address.bytes(), (k, v) -> {
            long entryHeight = heightOf(k);
            if (Long.compareUnsigned(entryHeight, keep) >= 0) {
                return false;
            }
            old.add(entryHeight);
            return true;
        });
        for (int i = 0; i < old.size() - 1; i++) {
            index.remove(key(address, old.get(i)));
        }
    }

    /**
     * Records the balance after a change at {@code height} was undone.
     *
     * @param index the index
     * @param address the account
     * @param height the block's height
     * @param balance the balance now
     */
    public static void rollback(IndexWriter index, Address address, Height height, Amount balance) {
        long[] before = {0};
        index.scan(address.bytes(), (k, v) -> {
            if (Long.compareUnsigned(heightOf(k), height.value()) >= 0) {
                return false;
            }
            before[0] = amountOf(v);
            return true;
        });
        if (before[0] == balance.value()) {
            index.remove(key(address, height.value()));
        } else {
            index.put(key(address, height.value()), amount(balance.value()));
        }
    }

    /**
     * The smallest balance held at any height of {@code [windowStart, now]}.
     *
     * @param index the index
     * @param address the account
     * @param windowStart the first height of the window
     * @return the effective balance; zero for an account with no history
     */
    public static Amount effectiveBalance(IndexReader index, Address address, Height windowStart) {
        long base = 0;
        boolean first = true;
        long min = 0;
        for (Entry e : entries(index, address)) {
            if (Long.compareUnsigned(e.height, windowStart.value()) <= 0) {
                base = e.amount;
                continue;
            }
            if (first) {
                min = base;
                first = false;
            }
            min = Long.compareUnsigned(e.amount, min) < 0 ? e.amount : min;
        }
        return new Amount(first ? base : min);
    }
}
