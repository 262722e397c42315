package io.sirius.state;

import io.sirius.api.model.Hash256;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.StateView;
import java.util.Optional;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.api.state.IndexView;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The state of the chain at one height: every state cache, with a Merkle root each, plus plain indexes (kept
 * with the state but outside every root) and metadata.
 *
 * <p>Changes are made in a {@link StateChanges} delta over the committed state and become durable, all of them
 * and the new height together, when {@link #commit} returns. A crash leaves the state of the last commit.
 *
 * <p>Caches are identified by {@link CacheDescriptor#name()}. The store keeps the entries of every cache ever
 * written, whether or not the plugin that declared it is present, and stores each entry with its serializer's
 * version so an older entry stays readable.
 *
 * <p>Threads: any number of readers of {@link #view()} and of deltas; one writer at a time per delta; commits are
 * serialized by the caller (the kernel's chain).
 */
@ProviderType
public interface StateStore extends AutoCloseable {

    /** @return the height of the committed state; 0 for a new store */
    long height();

    /**
     * A read-only view of the committed state. A view taken before a commit keeps showing the state it was
     * taken at until it is no longer used (snapshot semantics), so readers never see half a block.
     *
     * @return the view
     */
    StateReader view();

    /**
     * Starts a delta over the committed state. Deltas are cheap; discarding one is dropping it.
     *
     * @return an empty delta at {@link #height()}
     */
    StateChanges begin();

    /**
     * Makes a delta's changes the committed state at {@code newHeight}, atomically and durably (fsync'd before
     * return). {@code newHeight} may be lower than the current height (a rollback) or higher.
     *
     * @param changes a delta begun on this store at the current height, not a child delta
     * @param newHeight the height the state is now at
     * @throws IllegalStateException if the delta was begun at another height or already committed
     * @throws io.sirius.api.StorageException if the write fails; the committed state is then unchanged
     */
    void commit(StateChanges changes, long newHeight);

    /** Closes the store; later calls fail. */
    @Override
    void close();

    /**
     * Read access to committed state or to a delta.
     */
    @ProviderType
    interface StateReader extends StateView {

        /** @return the height the reader sees */
        long height();

        /**
         * @param cacheName a cache's name
         * @return the Merkle root of the cache; 32 zero bytes for an empty or unknown cache
         */
        Hash256 root(String cacheName);

        /**
         * @param name an index's name (lower case letters, digits and _)
         * @return the index; empty for an unknown index
         */
        IndexReader index(String name);

        @Override
        default IndexView index(IndexDescriptor index) {
            return index(storeName(index));
        }

        /**
         * @param key a metadata key
         * @return the value committed with the state (e.g. the chain tip's hash), if any
         */
        Optional<byte[]> meta(String key);
    }

    /**
     * A plain sorted map of bytes to bytes kept with the state but outside every Merkle root: transaction
     * locations, account histories and the like, and the plugins' own indexes (plugin-api's {@link IndexView}).
     */
    @ProviderType
    interface IndexReader extends IndexView {
    }

    /**
     * @param index an index a plugin (or the kernel, for {@code core_} names) declared through plugin-api
     * @return the store's name of it: {@code d_} and the declared name, apart from the kernel's internal indexes
     */
    static String storeName(IndexDescriptor index) {
        return "d_" + index.name();
    }
}
