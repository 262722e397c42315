package io.sirius.state.internal;

import io.sirius.state.StateChanges.IndexWriter;
import io.sirius.api.state.IndexView.EntryVisitor;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One index inside a delta: its changed keys in unsigned order, merged over the parent's (or the snapshot's)
 * entries by {@link #get} and {@link #scan}.
 */
final class DeltaIndex implements IndexWriter {
    /** Marks a removed key (compared by identity). */
    static final byte[] REMOVED = new byte[0];

    final String name;
    final NavigableMap<byte[], byte[]> changes = new TreeMap<>(Prefixes.UNSIGNED);
    private final StoreDelta owner;
    private final DeltaIndex parent;

    DeltaIndex(StoreDelta owner, String name, DeltaIndex parent) {
        this.owner = owner;
        this.name = name;
        this.parent = parent;
    }

    @Override
    public Optional<byte[]> get(byte[] key) {
        owner.checkUsable();
        return Optional.ofNullable(value(key)).map(byte[]::clone);
    }

    private byte[] value(byte[] key) {
        byte[] value = changes.get(key);
        if (value != null) {
            return value == REMOVED ? null : value;
        }
        return parent != null ? parent.value(key) : owner.store.readIndex(owner.base, name, key);
    }

    @Override
    public void scan(byte[] prefix, EntryVisitor visitor) {
        owner.checkUsable();
        Objects.requireNonNull(visitor, "visitor");
        scanMerged(prefix.clone(), visitor);
    }

    private void scanMerged(byte[] prefix, EntryVisitor visitor) {
        byte[] upper = Prefixes.upperBound(prefix);
        NavigableMap<byte[], byte[]> mine = upper == null ? changes.tailMap(prefix, true)
                : changes.subMap(prefix, true, upper, false);
        Iterator<Map.Entry<byte[], byte[]>> own = mine.entrySet().iterator();
        Merger merger = new Merger(own, visitor);
        EntryVisitor below = merger::visitBelow;
        if (parent != null) {
            parent.scanMerged(prefix, below);
        } else {
            owner.store.scanIndex(owner.base, name, prefix, below);
        }
        if (!merger.stopped) {
            merger.drain();
        }
    }

    @Override
    public void put(byte[] key, byte[] value) {
        owner.checkUsable();
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        changes.put(key.clone(), value.clone());
        owner.modified();
    }

    @Override
    public void remove(byte[] key) {
        owner.checkUsable();
        Objects.requireNonNull(key, "key");
        // Recorded without first reading whether the key is there: the read went down to MapDB for every removal
        // (the kernel moves a holder's row at every balance change), while removing an absent key at commit is a
        // no-op. Readers treat the mark as absence either way.
        changes.put(key.clone(), REMOVED);
        owner.modified();
    }

    /** Takes a merged child's changes. */
    void mergeFrom(DeltaIndex child) {
        changes.putAll(child.changes);
    }

    /** Merges this delta's own sorted changes into the sorted stream of entries below. */
    private static final class Merger {
        private final Iterator<Map.Entry<byte[], byte[]>> own;
        private final EntryVisitor visitor;
        private Map.Entry<byte[], byte[]> next;
        boolean stopped;

        Merger(Iterator<Map.Entry<byte[], byte[]>> own, EntryVisitor visitor) {
            this.own = own;
            this.visitor = visitor;
            this.next = own.hasNext() ? own.next() : null;
        }

        boolean visitBelow(byte[] key, byte[] value) {
            while (next != null && Prefixes.UNSIGNED.compare(next.getKey(), key) < 0) {
                if (!emitOwn()) {
                    return false;
                }
            }
            if (next != null && Prefixes.UNSIGNED.compare(next.getKey(), key) == 0) {
                return emitOwn();
            }
            if (!visitor.visit(key, value)) {
                stopped = true;
                return false;
            }
            return true;
        }

        void drain() {
            while (next != null) {
                if (!emitOwn()) {
                    return;
                }
            }
        }

        private boolean emitOwn() {
            Map.Entry<byte[], byte[]> entry = next;
            next = own.hasNext() ? own.next() : null;
            if (entry.getValue() == REMOVED) {
                return true;
            }
            if (!visitor.visit(entry.getKey().clone(), entry.getValue().clone())) {
                stopped = true;
                return false;
            }
            return true;
        }
    }
}
