package io.sirius.state;

import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.IndexDelta;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.api.state.StateDelta;
import io.sirius.state.StateStore.IndexReader;
import io.sirius.state.StateStore.StateReader;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A delta: changes to caches, indexes and metadata over a base (the committed state, or a parent delta),
 * visible to this delta's readers at once and to nobody else until merged or committed. Its {@link #root}s
 * include its changes, which is how a block's StateHash is computed before the block is committed.
 *
 * <p>Child deltas are savepoints: the kernel applies each transaction in a child and merges it into the block's
 * delta only if every notification passed, or drops it otherwise.
 */
@ProviderType
public interface StateChanges extends StateDelta, StateReader {

    @Override
    <K, V> CacheDelta<K, V> cache(CacheDescriptor<K, V> cache);

    @Override
    IndexWriter index(String name);

    @Override
    default IndexDelta index(IndexDescriptor index) {
        return index(StateStore.storeName(index));
    }

    /**
     * @param key a metadata key
     * @param value its new value, committed with the state
     */
    void putMeta(String key, byte[] value);

    /**
     * Starts a child delta whose base is this delta as it is now. This delta must not change while the child
     * is in use.
     *
     * @return the child
     */
    StateChanges child();

    /**
     * Folds a child's changes into this delta. The child must not be used afterwards.
     *
     * @param child a child of this delta
     */
    void merge(StateChanges child);

    /** @return the number of cache entries, index entries and metadata values this delta changes */
    long changeCount();

    /**
     * A writable index.
     */
    @ProviderType
    interface IndexWriter extends IndexReader, IndexDelta {
    }
}
