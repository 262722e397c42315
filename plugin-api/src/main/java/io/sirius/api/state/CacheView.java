package io.sirius.api.state;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A read-only view of one cache at a height.
 *
 * @param <K> the key type
 * @param <V> the entry type
 */
@ProviderType
public interface CacheView<K, V> {

    /**
     * @param key a key
     * @return the entry, if present
     */
    Optional<V> find(K key);

    /**
     * @param key a key
     * @return whether an entry is present
     */
    default boolean contains(K key) {
        return find(key).isPresent();
    }

    /** @return the number of entries */
    long size();
}
