package io.sirius.api.state;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read access to every cache at one height.
 */
@ProviderType
public interface StateView {

    /**
     * @param cache a registered cache
     * @param <K> its key type
     * @param <V> its entry type
     * @return the cache's view
     * @throws IllegalArgumentException if no active plugin registered the cache
     */
    <K, V> CacheView<K, V> cache(CacheDescriptor<K, V> cache);

    /**
     * @param index an index (a plugin's own, or one of the kernel's {@code core_} indexes)
     * @return the index's view; empty if nothing was ever written into it
     * @since 1.1
     */
    IndexView index(IndexDescriptor index);
}
