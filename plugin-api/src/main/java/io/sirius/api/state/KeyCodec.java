package io.sirius.api.state;

import io.sirius.api.codec.DecodeException;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
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

    /**
     * Keys that are one uint64 (ids, heights) as 8 big-endian bytes: the store orders keys by their unsigned bytes, so
     * this orders them by value read as uint64. The key is the value alone, so an entry keeps its place in a Merkle
     * tree for life.
     *
     * @param what what a key is, for the error on a malformed key (for example {@code "a mosaic id key"})
     * @param value a key's value
     * @param key the key of a value
     * @param <K> the key type
     * @return the codec
     * @since 1.2
     */
    static <K> KeyCodec<K> uint64(String what, ToLongFunction<K> value, LongFunction<K> key) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(key, "key");
        return new KeyCodec<>() {
            @Override
            public byte[] encode(K k) {
                byte[] out = new byte[Long.BYTES];
                long v = value.applyAsLong(k);
                for (int i = Long.BYTES - 1; i >= 0; i--) {
                    out[i] = (byte) v;
                    v >>>= 8;
                }
                return out;
            }

            @Override
            public K decode(byte[] bytes) {
                if (bytes.length != Long.BYTES) {
                    throw new DecodeException(what + " is " + Long.BYTES + " bytes, not " + bytes.length);
                }
                long v = 0;
                for (byte b : bytes) {
                    v = v << 8 | (b & 0xFF);
                }
                return key.apply(v);
            }
        };
    }
}
