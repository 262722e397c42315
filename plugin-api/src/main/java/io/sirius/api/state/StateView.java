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
}
