package io.sirius.api.state;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The byte form of a cache key. The bytes order keys in the store and in the cache's Merkle tree, so they
 * must be a deterministic, injective function of the key.
 *
 * @param <K> the key type
 */
@ConsumerType
public interface KeyCodec<K> {

    /**
     * @param key a key
     * @return its bytes
     */
    byte[] encode(K key);

    /**
     * @param bytes bytes from {@link #encode}
     * @return the key
     */
    K decode(byte[] bytes);
}
