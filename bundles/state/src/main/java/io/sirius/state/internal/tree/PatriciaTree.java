package io.sirius.state.internal.tree;

import io.sirius.api.StorageException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable, persistent hexary Patricia-Merkle tree over 32-byte key hashes: one cache's authenticated
 * structure. Updating returns a new tree that shares every untouched node with the old one, so a committed tree,
 * the trees of views taken before a commit and the trees of open deltas coexist at the cost of the changed paths
 * only, and a delta's root reflects its changes without rehashing the whole cache.
 *
 * <h2>Shape</h2>
 * The shape is a function of the set of key hashes alone, never of the order or history of changes: a branch
 * exists exactly where the paths of two or more leaves first differ (at nibble {@code depth}), with one child per
 * nibble value present there; a child holding a single leaf is that leaf. There are no extension nodes: a branch
 * records its depth, and the skipped nibbles are those of any leaf below. Removing a leaf that leaves a branch with
 * one child replaces the branch by that child. Hashes follow {@link MerkleRules}; the root of the empty tree is 32
 * zero bytes.
 *
 * <h2>Nodes</h2>
 * A leaf is a {@code byte[64]}: key hash then leaf hash. A branch is a {@link Branch}. Both are immutable once
 * published.
 */
public final class PatriciaTree {
    private static final PatriciaTree EMPTY = new PatriciaTree(null);
    private static final Comparator<byte[]> BY_PATH = (a, b) -> Arrays.compareUnsigned(a, 0, 32, b, 0, 32);

    private final Object root;

    private PatriciaTree(Object root) {
        this.root = root;
    }

    /** @return the empty tree */
    public static PatriciaTree empty() {
        return EMPTY;
    }

    /**
     * Builds a tree from leaves in any order.
     *
     * @param leaves {@code byte[64]} leaves (key hash then leaf hash); sorted in place
     * @param what names the cache, for the error on a duplicate key hash
     * @return the tree
     * @throws StorageException if two leaves have the same key hash
     */
    public static PatriciaTree build(byte[][] leaves, String what) {
        if (leaves.length == 0) {
            return EMPTY;
        }
        Arrays.sort(leaves, BY_PATH);
        for (int i = 1; i < leaves.length; i++) {
            if (BY_PATH.compare(leaves[i - 1], leaves[i]) == 0) {
                throw new StorageException(what + " holds two entries with the same key hash");
            }
        }
        return new PatriciaTree(build(leaves, 0, leaves.length));
    }

    /**
     * @param keyHash a 32-byte key hash
     * @param leafHash its 32-byte leaf hash
     * @return the leaf node
     */
    public static byte[] leaf(byte[] keyHash, byte[] leafHash) {
        byte[] leaf = Arrays.copyOf(keyHash, 64);
        System.arraycopy(leafHash, 0, leaf, 32, 32);
        return leaf;
    }

    /** @return the number of leaves */
    public int size() {
        return count(root);
    }

    /** @return the Merkle root: 32 zero bytes for the empty tree */
    public byte[] rootHash() {
        if (root == null) {
            return new byte[MerkleRules.HASH_SIZE];
        }
        if (root instanceof byte[] leaf) {
            return Arrays.copyOfRange(leaf, 32, 64);
        }
        return ((Branch) root).hash().clone();
    }

    /**
     * Tasks that hash the root's child subtrees, independent of each other: running them (on any threads) before
     * {@link #rootHash()} spreads the hashing of a large update over several cores.
     *
     * @return the tasks; empty if there is nothing to hash
     */
    public List<Runnable> subtreeHashTasks() {
        if (!(root instanceof Branch branch) || branch.isHashed()) {
            return List.of();
        }
        List<Runnable> tasks = new ArrayList<>(branch.children.length);
        for (Object child : branch.children) {
            if (child instanceof Branch sub && !sub.isHashed()) {
                tasks.add(sub::hash);
            }
        }
        return tasks;
    }

    /**
     * @param keyHash a key hash
     * @return the leaf for it (key hash then leaf hash; do not modify), or null
     */
    public byte[] find(byte[] keyHash) {
        Object node = root;
        while (node instanceof Branch b) {
            node = b.child(MerkleRules.nibble(keyHash, b.depth));
        }
        if (node == null) {
            return null;
        }
        byte[] leaf = (byte[]) node;
        return Arrays.equals(leaf, 0, 32, keyHash, 0, 32) ? leaf : null;
    }

    /**
     * Applies changes and returns the new tree; this tree is unchanged.
     *
     * @param changes each a {@code byte[64]} leaf to insert or replace, or a {@code byte[32]} key hash to remove
     *     (absent keys are ignored); sorted in place; at most one change per key
     * @return the new tree
     */
    public PatriciaTree update(byte[][] changes) {
        if (changes.length == 0) {
            return this;
        }
        Arrays.sort(changes, BY_PATH);
        Object updated = update(root, changes, 0, changes.length);
        return updated == root ? this : new PatriciaTree(updated);
    }

    private static int count(Object node) {
        if (node == null) {
            return 0;
        }
        return node instanceof Branch b ? b.count : 1;
    }

    private static byte[] path(Object node) {
        return node instanceof Branch b ? b.anyPath() : (byte[]) node;
    }

    private static boolean isInsert(byte[] change) {
        return change.length == 64;
    }

    /** Builds the node holding items[lo, hi): leaves or subtrees, sorted by path, with disjoint prefixes. */
    private static Object build(Object[] items, int lo, int hi) {
        if (hi - lo == 1) {
            return items[lo];
        }
        int depth = MerkleRules.firstDifference(path(items[lo]), path(items[hi - 1]));
        int bitmap = 0;
        List<Object> children = new ArrayList<>(16);
        int count = 0;
        int start = lo;
        while (start < hi) {
            int nibble = MerkleRules.nibble(path(items[start]), depth);
            int end = start + 1;
            while (end < hi && MerkleRules.nibble(path(items[end]), depth) == nibble) {
                end++;
            }
            Object child = build(items, start, end);
            children.add(child);
            count += count(child);
            bitmap |= 1 << nibble;
            start = end;
        }
        return new Branch(depth, bitmap, children.toArray(), count);
    }

    private static Object update(Object node, byte[][] changes, int lo, int hi) {
        if (lo == hi) {
            return node;
        }
        if (node == null) {
            return buildInsertions(null, changes, lo, hi);
        }
        if (node instanceof byte[] leaf) {
            return buildInsertions(leaf, changes, lo, hi);
        }
        Branch branch = (Branch) node;
        byte[] prefix = branch.anyPath();
        // changes under the branch's prefix form one run of the sorted changes; those before it sort below
        // every path of the branch, those after it above
        int first = lo;
        while (first < hi && MerkleRules.firstDifference(prefix, changes[first]) < branch.depth
                && BY_PATH.compare(changes[first], prefix) < 0) {
            first++;
        }
        int last = first;
        while (last < hi && MerkleRules.firstDifference(prefix, changes[last]) >= branch.depth) {
            last++;
        }
        Object inside = first < last ? updateChildren(branch, changes, first, last) : branch;
        List<Object> items = new ArrayList<>();
        for (int i = lo; i < first; i++) {
            if (isInsert(changes[i])) {
                items.add(changes[i]);
            }
        }
        if (inside != null) {
            items.add(inside);
        }
        for (int i = last; i < hi; i++) {
            if (isInsert(changes[i])) {
                items.add(changes[i]);
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return build(items.toArray(), 0, items.size());
    }

    /** Applies changes that all lie under the branch's prefix. */
    private static Object updateChildren(Branch branch, byte[][] changes, int lo, int hi) {
        Object[] children = new Object[16];
        for (int n = 0; n < 16; n++) {
            children[n] = branch.child(n);
        }
        boolean changed = false;
        int start = lo;
        while (start < hi) {
            int nibble = MerkleRules.nibble(changes[start], branch.depth);
            int end = start + 1;
            while (end < hi && MerkleRules.nibble(changes[end], branch.depth) == nibble) {
                end++;
            }
            Object updated = update(children[nibble], changes, start, end);
            if (updated != children[nibble]) {
                children[nibble] = updated;
                changed = true;
            }
            start = end;
        }
        if (!changed) {
            return branch;
        }
        int bitmap = 0;
        int count = 0;
        List<Object> present = new ArrayList<>(16);
        for (int n = 0; n < 16; n++) {
            if (children[n] != null) {
                bitmap |= 1 << n;
                present.add(children[n]);
                count += count(children[n]);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        if (present.size() == 1) {
            return present.get(0);
        }
        return new Branch(branch.depth, bitmap, present.toArray(), count);
    }

    /** The node for an optional existing leaf plus the insertions of changes[lo, hi), minus its removals. */
    private static Object buildInsertions(byte[] existing, byte[][] changes, int lo, int hi) {
        List<Object> items = new ArrayList<>(hi - lo + 1);
        boolean existingPlaced = existing == null;
        for (int i = lo; i < hi; i++) {
            byte[] change = changes[i];
            if (!existingPlaced) {
                int order = BY_PATH.compare(existing, change);
                if (order < 0) {
                    items.add(existing);
                    existingPlaced = true;
                } else if (order == 0) {
                    existingPlaced = true; // replaced or removed by this change
                }
            }
            if (isInsert(change)) {
                items.add(change);
            }
        }
        if (!existingPlaced) {
            items.add(existing);
        }
        if (items.isEmpty()) {
            return null;
        }
        return items.size() == 1 ? items.get(0) : build(items.toArray(), 0, items.size());
    }
}
