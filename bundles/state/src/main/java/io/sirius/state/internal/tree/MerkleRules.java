package io.sirius.state.internal.tree;

import io.sirius.crypto.Hashes;

/**
 * The hashing rules of a cache's Merkle tree. Every node of the network must compute them identically; they are
 * stated in full in the {@code io.sirius.state} package documentation and summarised here.
 *
 * <ul>
 *   <li>key hash = SHA3-256(key bytes); its 64 nibbles, high nibble of each byte first, are the key's path;</li>
 *   <li>value hash = SHA3-256(serializer version as u16 little endian || entry bytes);</li>
 *   <li>leaf hash = SHA3-256(0x00 || key hash || value hash);</li>
 *   <li>branch hash = SHA3-256(0x01 || depth as u8 || child bitmap as u16 little endian || the hashes of the
 *       present children in ascending nibble order), where bit {@code n} of the bitmap is set when the branch
 *       has a child for nibble {@code n} at its depth;</li>
 *   <li>the root of an empty tree is 32 zero bytes; of a single entry, its leaf hash.</li>
 * </ul>
 */
public final class MerkleRules {
    /** The size of every hash. */
    public static final int HASH_SIZE = 32;
    /** The number of nibbles in a path. */
    public static final int PATH_NIBBLES = 2 * HASH_SIZE;
    /** The largest serializer version an entry may carry (it is stored and hashed as u16). */
    public static final int MAX_VERSION = 0xFFFF;

    private static final byte LEAF_TAG = 0x00;
    private static final byte BRANCH_TAG = 0x01;

    private MerkleRules() {
    }

    /**
     * @param key a key's bytes
     * @return its path in the tree
     */
    public static byte[] keyHash(byte[] key) {
        return Hashes.sha3_256(key);
    }

    /**
     * @param version the serializer version the entry was written in
     * @param payload the entry's bytes
     * @return the value hash
     */
    public static byte[] valueHash(int version, byte[] payload) {
        return valueHash(version, payload, 0, payload.length);
    }

    /**
     * @param version the serializer version the entry was written in
     * @param buffer holds the entry's bytes
     * @param offset where they start
     * @param length how many
     * @return the value hash
     */
    public static byte[] valueHash(int version, byte[] buffer, int offset, int length) {
        checkVersion(version);
        return Hashes.sha3_256Hasher()
                .update(new byte[] {(byte) version, (byte) (version >>> 8)})
                .update(buffer, offset, length)
                .digest();
    }

    /**
     * @param keyHash the key's hash
     * @param valueHash the value's hash
     * @return the leaf hash
     */
    public static byte[] leafHash(byte[] keyHash, byte[] valueHash) {
        return Hashes.sha3_256Hasher().update(new byte[] {LEAF_TAG}).update(keyHash).update(valueHash).digest();
    }

    /**
     * @param version a serializer version
     * @throws IllegalArgumentException if it does not fit the stored u16
     */
    public static void checkVersion(int version) {
        if (version < 0 || version > MAX_VERSION) {
            throw new IllegalArgumentException("serializer version " + version + " is outside 0.." + MAX_VERSION);
        }
    }

    static byte[] branchHash(int depth, int bitmap, Object[] children) {
        Hashes.Hasher hasher = Hashes.sha3_256Hasher()
                .update(new byte[] {BRANCH_TAG, (byte) depth, (byte) bitmap, (byte) (bitmap >>> 8)});
        for (Object child : children) {
            if (child instanceof byte[] leaf) {
                hasher.update(leaf, HASH_SIZE, HASH_SIZE);
            } else {
                hasher.update(((Branch) child).hash());
            }
        }
        return hasher.digest();
    }

    /**
     * @param keyHash a path
     * @param index the nibble's position, 0 to 63
     * @return the nibble
     */
    static int nibble(byte[] keyHash, int index) {
        int b = keyHash[index >>> 1];
        return (index & 1) == 0 ? (b >>> 4) & 0xF : b & 0xF;
    }

    /**
     * @return the first nibble position at which two paths differ, or {@link #PATH_NIBBLES} if they are equal
     */
    static int firstDifference(byte[] a, byte[] b) {
        int i = java.util.Arrays.mismatch(a, 0, HASH_SIZE, b, 0, HASH_SIZE);
        if (i < 0) {
            return PATH_NIBBLES;
        }
        return ((a[i] ^ b[i]) & 0xF0) != 0 ? 2 * i : 2 * i + 1;
    }
}
