package io.sirius.kernel.internal.core;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.Timestamp;
import io.sirius.state.StateChanges.IndexWriter;
import io.sirius.state.StateStore.IndexReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The confirmed transaction hashes, for duplicate rejection and lookups by hash, kept in two indexes (with the
 * state, outside every Merkle root):
 * <ul>
 * <li>{@value #BY_HASH}: hash (32) → height (8, LE) ‖ deadline (8, LE);</li>
 * <li>{@value #BY_DEADLINE}: deadline (8, BE) ‖ hash (32) → nothing, so expired hashes can be pruned in order.</li>
 * </ul>
 * A hash is pruned once its deadline is older than the timestamp of a block that can no longer be rolled back;
 * any transaction with that hash would be past its deadline anyway, so pruning never changes a validation.
 */
public final class TransactionHashes {
    /** Hash to height and deadline. */
    public static final String BY_HASH = "tx_hash";
    /** Deadline and hash, for pruning. */
    public static final String BY_DEADLINE = "tx_deadline";

    private TransactionHashes() {
    }

    /**
     * Where and until when a confirmed transaction is known.
     *
     * @param height the block it was confirmed in
     * @param deadline its deadline
     */
    public record Location(Height height, Timestamp deadline) {
    }

    /**
     * @param index the by-hash index
     * @param hash a transaction hash
     * @return where it was confirmed, if it was
     */
    public static Optional<Location> find(IndexReader index, Hash256 hash) {
        return index.get(hash.bytes()).map(v -> new Location(new Height(le(v, 0)), new Timestamp(le(v, 8))));
    }

    static void add(IndexWriter byHash, IndexWriter byDeadline, Hash256 hash, Height height, Timestamp deadline) {
        byte[] value = new byte[16];
        putLe(value, 0, height.value());
        putLe(value, 8, deadline.value());
        byHash.put(hash.bytes(), value);
        byDeadline.put(deadlineKey(deadline, hash), new byte[0]);
    }

    static void remove(IndexWriter byHash, IndexWriter byDeadline, Hash256 hash, Timestamp deadline) {
        byHash.remove(hash.bytes());
        byDeadline.remove(deadlineKey(deadline, hash));
    }

    /**
     * Drops every hash whose deadline is before {@code before}.
     *
     * @param byHash the by-hash index
     * @param byDeadline the by-deadline index
     * @param before the cut-off time
     * @return how many were dropped
     */
    public static int prune(IndexWriter byHash, IndexWriter byDeadline, Timestamp before) {
        List<byte[]> expired = new ArrayList<>();
        byDeadline.scan(new byte[0], (key, value) -> {
            long deadline = be(key, 0);
            if (Long.compareUnsigned(deadline, before.value()) >= 0) {
                return false;
            }
            expired.add(key);
            return true;
        });
        for (byte[] key : expired) {
            byDeadline.remove(key);
            byte[] hash = new byte[32];
            System.arraycopy(key, 8, hash, 0, 32);
            byHash.remove(hash);
        }
        return expired.size();
    }

    private static byte[] deadlineKey(Timestamp deadline, Hash256 hash) {
        byte[] key = new byte[40];
        long value = deadline.value();
        for (int i = 0; i < 8; i++) {
            key[i] = (byte) (value >>> (56 - 8 * i));
        }
        hash.copyTo(key, 8);
        return key;
    }

    private static long be(byte[] data, int offset) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (data[offset + i] & 0xFF);
        }
        return value;
    }

    private static long le(byte[] data, int offset) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (data[offset + i] & 0xFF);
        }
        return value;
    }

    private static void putLe(byte[] data, int offset, long value) {
        for (int i = 0; i < 8; i++) {
            data[offset + i] = (byte) (value >>> (8 * i));
        }
    }
}
