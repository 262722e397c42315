package io.sirius.state.internal.tree;

/**
 * An inner node of the tree: the place, at nibble {@code depth}, where the paths of the leaves below first differ.
 * Immutable except for its hash, which is computed once on demand (the volatile write publishes the filled array).
 *
 * <p>Memory: a branch is about 40 bytes plus its children array (16 + 4 per child) plus, once hashed, 48 bytes.
 * Leaves are bare 64-byte arrays (key hash, then leaf hash), 80 bytes each with the array header.
 */
final class Branch {
    final int depth;
    final int bitmap;
    final Object[] children;
    final int count;
    private volatile byte[] hash;

    /**
     * @param depth the nibble position the children differ at
     * @param bitmap bit {@code n} set for each nibble {@code n} that has a child
     * @param children the children in nibble order, each a leaf ({@code byte[64]}) or a branch; at least two
     * @param count the number of leaves below
     */
    Branch(int depth, int bitmap, Object[] children, int count) {
        this.depth = depth;
        this.bitmap = bitmap;
        this.children = children;
        this.count = count;
    }

    /**
     * @param nibble a nibble
     * @return the child for it, or null
     */
    Object child(int nibble) {
        if ((bitmap & (1 << nibble)) == 0) {
            return null;
        }
        return children[Integer.bitCount(bitmap & ((1 << nibble) - 1))];
    }

    /** @return whether the hash is already computed */
    boolean isHashed() {
        return hash != null;
    }

    /** @return the branch hash (see {@link MerkleRules}) */
    byte[] hash() {
        byte[] h = hash;
        if (h == null) {
            h = MerkleRules.branchHash(depth, bitmap, children);
            hash = h;
        }
        return h;
    }

    /** @return the path of some leaf below, whose first {@link #depth} nibbles are this branch's prefix */
    byte[] anyPath() {
        Object node = children[0];
        while (node instanceof Branch b) {
            node = b.children[0];
        }
        return (byte[]) node;
    }
}
