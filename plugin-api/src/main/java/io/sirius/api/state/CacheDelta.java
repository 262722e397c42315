package io.sirius.api.state;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The writable view of one cache while a block is applied or rolled back. Changes become durable only
 * when the kernel commits the block.
 *
 * @param <K> the key type
 * @param <V> the entry type
 */
@ProviderType
public interface CacheDelta<K, V> extends CacheView<K, V> {

    /**
     * Inserts or replaces an entry.
     *
     * @param key the key
     * @param entry the new entry
     */
    void put(K key, V entry);

    /**
     * Removes an entry if present.
     *
     * @param key the key
     */
    void remove(K key);
}
