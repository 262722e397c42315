package io.sirius.plugin.mosaic.internal.state;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.api.state.StateDelta;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The mosaic plugin's indexes (plugin-api's {@link IndexDescriptor}): three listings of the Mosaic cache, kept beside
 * it and outside the StateHash, for {@code GET /mosaics}. Keys are big endian, so a prefix scan lists in numeric order:
 *
 * <pre>
 * mosaic_by_height  height u64 | mosaicId u64                 every mosaic, by definition height, then id
 * mosaic_by_owner   owner 32 | height u64 | mosaicId u64      one owner's mosaics, in the same order
 * mosaic_by_supply  supply u64 | height u64 | mosaicId u64    by supply, then as above
 * value (all three) flags u8 | supply u64
 * mosaic_by_expiry  expiry height u64 | mosaicId u64          the non-eternal mosaics, by the first height at which
 *                                                             they are expired; empty value (the block observer that
 *                                                             writes Mosaic_Expired receipts reads it)
 * </pre>
 *
 * The height is the definition's ({@code MosaicDefinition.height}, kept through redefinitions), so that order is
 * REST's insertion order up to the order within one block. The value carries what the search filters on (flags) and
 * sorts by (supply), so a scan needs no cache lookups.
 *
 * <p>Every row is a function of one entry alone. Observers keep the indexes by {@link #remove removing} the rows of the
 * entry they replace and {@link #add adding} those of the entry they store; since a rollback stores back exactly the
 * entry the commit replaced, it also restores exactly its rows.
 */
public final class MosaicIndexes {
    /** Every mosaic by definition height, then id. */
    public static final IndexDescriptor BY_HEIGHT = new IndexDescriptor("mosaic_by_height");
    /** Every mosaic by owner, then definition height and id. */
    public static final IndexDescriptor BY_OWNER = new IndexDescriptor("mosaic_by_owner");
    /** Every mosaic by supply, then definition height and id. */
    public static final IndexDescriptor BY_SUPPLY = new IndexDescriptor("mosaic_by_supply");
    /** The non-eternal mosaics by expiry height, then id. */
    public static final IndexDescriptor BY_EXPIRY = new IndexDescriptor("mosaic_by_expiry");
    /** The three listings of {@code GET /mosaics}, whose rows {@link #row} reads. */
    public static final List<IndexDescriptor> LISTINGS = List.of(BY_HEIGHT, BY_OWNER, BY_SUPPLY);
    /** The four, in the order the plugin declares them. */
    public static final List<IndexDescriptor> ALL = List.of(BY_HEIGHT, BY_OWNER, BY_SUPPLY, BY_EXPIRY);

    private MosaicIndexes() {
    }

    /**
     * Adds the rows of an entry the cache now holds.
     *
     * @param state the state being changed
     * @param entry the entry
     */
    public static void add(StateDelta state, MosaicEntry entry) {
        byte[] value = ByteBuffer.allocate(9).put((byte) entry.definition().properties().flags())
                .putLong(entry.supply().value()).array();
        state.index(BY_HEIGHT).put(order(ByteBuffer.allocate(16), entry), value);
        state.index(BY_OWNER).put(order(ByteBuffer.allocate(48).put(entry.definition().owner().bytes()), entry), value);
        state.index(BY_SUPPLY).put(order(ByteBuffer.allocate(24).putLong(entry.supply().value()), entry), value);
        if (!entry.definition().isEternal()) {
            state.index(BY_EXPIRY).put(expiryKey(entry), new byte[0]);
        }
    }

    private static byte[] expiryKey(MosaicEntry entry) {
        return ByteBuffer.allocate(16).putLong(entry.definition().expiryHeight().value()).putLong(entry.mosaicId().value())
                .array();
    }

    /**
     * @param height a height
     * @return the prefix of the mosaics whose first expired height it is, in {@link #BY_EXPIRY}
     */
    public static byte[] expiryPrefix(long height) {
        return ByteBuffer.allocate(8).putLong(height).array();
    }

    /**
     * Removes the rows of an entry the cache is about to replace or drop.
     *
     * @param state the state being changed
     * @param entry the entry as the cache holds it
     */
    public static void remove(StateDelta state, MosaicEntry entry) {
        state.index(BY_HEIGHT).remove(order(ByteBuffer.allocate(16), entry));
        state.index(BY_OWNER).remove(order(ByteBuffer.allocate(48).put(entry.definition().owner().bytes()), entry));
        state.index(BY_SUPPLY).remove(order(ByteBuffer.allocate(24).putLong(entry.supply().value()), entry));
        if (!entry.definition().isEternal()) {
            state.index(BY_EXPIRY).remove(expiryKey(entry));
        }
    }

    private static byte[] order(ByteBuffer key, MosaicEntry entry) {
        return key.putLong(entry.definition().height().value()).putLong(entry.mosaicId().value()).array();
    }

    /**
     * @param owner an owner
     * @return the prefix of its rows in {@link #BY_OWNER}
     */
    public static byte[] ownerPrefix(PublicKey owner) {
        return owner.bytes();
    }

    /**
     * @param supply a supply
     * @return the prefix of the rows in {@link #BY_SUPPLY} of the mosaics with that supply
     */
    public static byte[] supplyPrefix(long supply) {
        return ByteBuffer.allocate(8).putLong(supply).array();
    }

    /**
     * @param key a key of any of the three indexes
     * @param value its value
     * @return what the row says
     */
    public static Row row(byte[] key, byte[] value) {
        ByteBuffer tail = ByteBuffer.wrap(key, key.length - 16, 16);
        long height = tail.getLong();
        MosaicId id = new MosaicId(tail.getLong());
        ByteBuffer head = ByteBuffer.wrap(value);
        int flags = head.get() & 0xFF;
        return new Row(id, height, head.getLong(), flags);
    }

    /**
     * One row of an index.
     *
     * @param mosaicId the mosaic
     * @param height its definition height
     * @param supply its supply (uint64)
     * @param flags its flags (low byte)
     */
    public record Row(MosaicId mosaicId, long height, long supply, int flags) {
    }
}
