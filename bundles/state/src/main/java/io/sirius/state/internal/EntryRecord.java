package io.sirius.state.internal;

import io.sirius.api.StorageException;
import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.state.EntrySerializer;
import io.sirius.state.internal.tree.MerkleRules;
import io.sirius.state.internal.tree.PatriciaTree;
import java.util.Arrays;

/**
 * The stored form of one cache entry, the value of its key in the cache's MapDB table:
 *
 * <pre>
 *   u8   format        1
 *   u16  version       the serializer version the payload was written in (little endian)
 *   32   leaf hash     the entry's Merkle leaf hash (see MerkleRules), kept so that opening a store rebuilds
 *                      the tree without rehashing every value, and so that a read can check it has the
 *                      version of the entry its snapshot expects
 *   ...  payload       the serializer's bytes
 * </pre>
 *
 * The version makes old entries readable after a plugin moves its serializer to a new version: the entry is
 * decoded with the version it was written in until it is written again.
 */
final class EntryRecord {
    static final int FORMAT = 1;
    static final int HEADER = 1 + 2 + 32;
    private static final int LEAF_HASH_OFFSET = 3;

    private EntryRecord() {
    }

    /**
     * Serializes an entry.
     *
     * @param keyHash the key's hash
     * @param entry the entry
     * @param serializer its serializer
     * @param <V> the entry type
     * @return the record
     */
    static <V> byte[] encode(byte[] keyHash, V entry, EntrySerializer<V> serializer) {
        byte[] record = serialize(entry, serializer);
        seal(keyHash, record);
        return record;
    }

    /**
     * Serializes an entry into a record whose leaf hash is not yet filled in (see {@link #seal}). Serializers
     * are only ever called here, on the thread that owns the delta.
     *
     * @param entry the entry
     * @param serializer its serializer
     * @param <V> the entry type
     * @return the unsealed record
     */
    static <V> byte[] serialize(V entry, EntrySerializer<V> serializer) {
        int version = serializer.version();
        MerkleRules.checkVersion(version);
        BinaryWriter writer = new BinaryWriter(128);
        writer.writeU8(FORMAT).writeU16(version).writeBytes(new byte[32]);
        serializer.write(entry, writer);
        return writer.toByteArray();
    }

    /**
     * Computes and fills in a record's leaf hash: pure hashing, safe on any thread.
     *
     * @param keyHash the key's hash
     * @param record a record from {@link #serialize}
     */
    static void seal(byte[] keyHash, byte[] record) {
        int version = (record[1] & 0xFF) | (record[2] & 0xFF) << 8;
        byte[] valueHash = MerkleRules.valueHash(version, record, HEADER, record.length - HEADER);
        System.arraycopy(MerkleRules.leafHash(keyHash, valueHash), 0, record, LEAF_HASH_OFFSET, 32);
    }

    /**
     * @param record a record
     * @param cache the cache's name, for errors
     * @return the leaf hash it carries
     */
    static byte[] leafHash(byte[] record, String cache) {
        check(record, cache);
        return Arrays.copyOfRange(record, LEAF_HASH_OFFSET, LEAF_HASH_OFFSET + 32);
    }

    /**
     * @param record a record
     * @param leaf a tree leaf (key hash then leaf hash)
     * @return whether the record is the entry the leaf stands for
     */
    static boolean matches(byte[] record, byte[] leaf) {
        return record.length >= HEADER
                && Arrays.equals(record, LEAF_HASH_OFFSET, LEAF_HASH_OFFSET + 32, leaf, 32, 64);
    }

    /**
     * @param keyHash the key's hash
     * @param record its record
     * @param cache the cache's name, for errors
     * @return the tree leaf of the record
     */
    static byte[] leaf(byte[] keyHash, byte[] record, String cache) {
        return PatriciaTree.leaf(keyHash, leafHash(record, cache));
    }

    /**
     * Decodes an entry in the version it was written in.
     *
     * @param record the record
     * @param serializer the cache's serializer
     * @param cache the cache's name, for errors
     * @param <V> the entry type
     * @return the entry
     * @throws StorageException if the record is not an entry
     */
    static <V> V decode(byte[] record, EntrySerializer<V> serializer, String cache) {
        check(record, cache);
        int version = (record[1] & 0xFF) | (record[2] & 0xFF) << 8;
        BinaryReader reader = BinaryReader.of(record, HEADER, record.length - HEADER);
        try {
            V entry = serializer.read(reader, version);
            reader.requireExhausted("entry of cache " + cache + " (version " + version + ")");
            return entry;
        } catch (DecodeException e) {
            throw new StorageException("cannot decode an entry of cache " + cache + " written in version " + version
                    + " with serializer version " + serializer.version() + ": " + e.getMessage(), e);
        }
    }

    private static void check(byte[] record, String cache) {
        if (record.length < HEADER) {
            throw new StorageException("an entry record of cache " + cache + " has " + record.length
                    + " bytes, fewer than its " + HEADER + "-byte header");
        }
        if ((record[0] & 0xFF) != FORMAT) {
            throw new StorageException("an entry record of cache " + cache + " has format " + (record[0] & 0xFF)
                    + "; this engine reads format " + FORMAT);
        }
    }
}
