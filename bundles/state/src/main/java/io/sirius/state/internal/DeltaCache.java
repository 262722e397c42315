package io.sirius.state.internal;

import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.state.internal.tree.MerkleRules;
import io.sirius.state.internal.tree.PatriciaTree;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One cache inside a delta: the changed entries, decoded, and the cache's Merkle tree with those changes. The tree
 * is brought up to date lazily ({@link #tree()}, called by {@code root}, {@code size} and commit): the keys
 * changed since the last update are serialized, hashed and applied to the persistent tree in one batch, so an
 * entry changed several times in a block is hashed once and the committed tree is never touched.
 *
 * @param <K> the key type
 * @param <V> the entry type
 */
final class DeltaCache<K, V> implements CacheDelta<K, V> {
    final StoreDelta owner;
    final CacheDescriptor<K, V> descriptor;
    final String name;
    final Map<ByteKey, Pending> changes = new HashMap<>();
    /** Marks a key the base does not hold, in {@link #baseReads}. */
    private static final Object NONE = new Object();
    /**
     * What the base snapshot holds for keys read so far (top-level delta only): a block reads the same accounts
     * again and again, and the base never changes under a delta. Concurrent, since readers may run in parallel.
     */
    private final Map<ByteKey, Object> baseReads = new java.util.concurrent.ConcurrentHashMap<>();
    private final DeltaCache<K, V> parent;
    private final Set<ByteKey> dirty = new LinkedHashSet<>();
    private PatriciaTree tree;
    private PatriciaTree treeBase;

    DeltaCache(StoreDelta owner, CacheDescriptor<K, V> descriptor, DeltaCache<K, V> parent) {
        this.owner = owner;
        this.descriptor = descriptor;
        this.name = descriptor.name();
        this.parent = parent;
    }

    @Override
    public Optional<V> find(K key) {
        owner.checkUsable();
        return Optional.ofNullable(find(new ByteKey(descriptor.keys().encode(key))));
    }

    private V find(ByteKey key) {
        Pending pending = changes.get(key);
        if (pending != null) {
            @SuppressWarnings("unchecked")
            V entry = (V) pending.entry;
            return entry;
        }
        if (parent != null) {
            return parent.find(key);
        }
        Object known = baseReads.get(key);
        if (known == null) {
            known = owner.store.readEntry(owner.base, name, descriptor.entries(), key);
            baseReads.put(key, known == null ? NONE : known);
        }
        @SuppressWarnings("unchecked")
        V entry = known == NONE ? null : (V) known;
        return entry;
    }

    @Override
    public long size() {
        owner.checkUsable();
        return tree().size();
    }

    @Override
    public void put(K key, V entry) {
        owner.checkUsable();
        Objects.requireNonNull(entry, "entry");
        change(new ByteKey(descriptor.keys().encode(key)), entry);
    }

    @Override
    public void remove(K key) {
        owner.checkUsable();
        ByteKey bytes = new ByteKey(descriptor.keys().encode(key));
        if (find(bytes) != null) {
            change(bytes, null);
        }
    }

    private void change(ByteKey key, Object entry) {
        changes.put(key, new Pending(key, entry, descriptor));
        if (tree != null) {
            dirty.add(key);
        }
        owner.modified();
    }

    /** @return the cache's tree with every change of this delta (and its parents) applied */
    synchronized PatriciaTree tree() {
        if (tree == null) {
            treeBase = parent != null ? parent.tree() : owner.base.tree(name);
            tree = treeBase;
            dirty.addAll(changes.keySet());
        }
        if (!dirty.isEmpty()) {
            Pending[] pending = new Pending[dirty.size()];
            int n = 0;
            for (ByteKey key : dirty) {
                Pending p = changes.get(key);
                p.serialize();
                pending[n++] = p;
            }
            byte[][] batch = new byte[n][];
            owner.store.hashing().forEachChunk(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    batch[i] = pending[i].leaf();
                }
            });
            tree = tree.update(batch);
            dirty.clear();
        }
        return tree;
    }

    /** @return the Merkle root of {@link #tree()}, its subtrees hashed in parallel */
    byte[] rootHash() {
        PatriciaTree current = tree();
        owner.store.hashing().runAll(current.subtreeHashTasks());
        return current.rootHash();
    }

    /** Takes a merged child's changes. */
    synchronized void mergeFrom(DeltaCache<K, V> child) {
        boolean adopt = tree != null && dirty.isEmpty() && child.tree != null && child.dirty.isEmpty()
                && child.treeBase == tree;
        changes.putAll(child.changes);
        if (adopt) {
            tree = child.tree;
        } else if (tree != null) {
            dirty.addAll(child.changes.keySet());
        }
    }

    /**
     * A changed entry: the new entry, or null for a removal; serialized and hashed on first need.
     */
    static final class Pending {
        final Object entry;
        private final ByteKey key;
        private final CacheDescriptor<?, ?> descriptor;
        private byte[] keyHash;
        private byte[] record;
        private boolean sealed;

        Pending(ByteKey key, Object entry, CacheDescriptor<?, ?> descriptor) {
            this.key = key;
            this.entry = entry;
            this.descriptor = descriptor;
        }

        byte[] keyHash() {
            if (keyHash == null) {
                keyHash = MerkleRules.keyHash(key.bytes);
            }
            return keyHash;
        }

        /** Serializes the entry (on the delta's own thread), unless already done. */
        void serialize() {
            if (entry != null && record == null) {
                record = serialize(descriptor);
            }
        }

        /**
         * Hashes the key and the serialized entry: pure hashing, run on any thread once {@link #serialize} ran.
         *
         * @return the tree change: the leaf, or the key hash for a removal
         */
        byte[] leaf() {
            byte[] hash = keyHash();
            if (record == null) {
                return hash;
            }
            if (!sealed) {
                EntryRecord.seal(hash, record);
                sealed = true;
            }
            return PatriciaTree.leaf(hash, EntryRecord.leafHash(record, descriptor.name()));
        }

        /** @return the sealed stored record, or null for a removal */
        byte[] record() {
            if (entry == null) {
                return null;
            }
            serialize();
            if (!sealed) {
                EntryRecord.seal(keyHash(), record);
                sealed = true;
            }
            return record;
        }

        private <V> byte[] serialize(CacheDescriptor<?, V> typed) {
            @SuppressWarnings("unchecked")
            V value = (V) entry;
            return EntryRecord.serialize(value, typed.entries());
        }
    }
}
