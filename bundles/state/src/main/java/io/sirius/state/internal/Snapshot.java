package io.sirius.state.internal;

import io.sirius.state.internal.tree.PatriciaTree;
import java.util.Map;

/**
 * The committed state at one height, as readers see it: the Merkle tree of every cache and the metadata, in
 * memory; entries and index values in MapDB.
 *
 * <p>MapDB holds only the newest values, so a snapshot that is no longer the newest reads older values from the
 * {@link Undo} of the commit that followed it, then from the next snapshot's, and so on ({@link #next} links
 * forward; nothing links backward, so an old snapshot and its undo data are garbage once no view holds it).
 * For cache entries the snapshot's tree says which leaf hash the value must have, so a reader can always tell a
 * newer value from its own.
 */
final class Snapshot {
    final long height;
    final Map<String, PatriciaTree> trees;
    final Map<String, byte[]> meta;
    /** The old values of the commit that replaced this snapshot; installed before that commit's writes are seen. */
    volatile Undo undo;
    /** The snapshot that replaced this one. */
    volatile Snapshot next;

    /**
     * @param height the height
     * @param trees every cache's tree (immutable)
     * @param meta the metadata (immutable)
     */
    Snapshot(long height, Map<String, PatriciaTree> trees, Map<String, byte[]> meta) {
        this.height = height;
        this.trees = trees;
        this.meta = meta;
    }

    /**
     * @param cache a cache name
     * @return its tree; empty if the cache has no entries
     */
    PatriciaTree tree(String cache) {
        PatriciaTree tree = trees.get(cache);
        return tree == null ? PatriciaTree.empty() : tree;
    }
}
