package io.sirius.state.internal;

import io.sirius.api.state.EntrySerializer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded cache of decoded entries of one state cache, as committed: striped least-recently-used maps.
 *
 * <p>An entry carries the Merkle leaf hash of the record it was decoded from, so a reader uses it only if its
 * snapshot's tree names that same leaf: the cache can never serve another height's value, and needs no
 * invalidation protocol. It also carries the serializer that decoded it, so a plugin bundle that is replaced gets
 * its own objects rather than its predecessor's.
 */
final class EntryCache {
    private static final int STRIPES = 16;
    private final Stripe[] stripes = new Stripe[STRIPES];

    /**
     * @param capacity the most entries kept
     */
    EntryCache(int capacity) {
        int perStripe = Math.max(1, capacity / STRIPES);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe(perStripe);
        }
    }

    /**
     * @param key the entry's key
     * @param leaf the leaf its snapshot expects (key hash then leaf hash)
     * @param serializer the reader's serializer
     * @return the decoded entry, if cached for exactly that leaf and serializer
     */
    Object get(ByteKey key, byte[] leaf, EntrySerializer<?> serializer) {
        Stripe stripe = stripe(key);
        Cached cached;
        synchronized (stripe) {
            cached = stripe.get(key);
        }
        if (cached == null || cached.serializer != serializer
                || !Arrays.equals(cached.leafHash, 0, 32, leaf, 32, 64)) {
            return null;
        }
        return cached.value;
    }

    /**
     * @param key the entry's key
     * @param leafHash the leaf hash of its record
     * @param value the decoded entry
     * @param serializer the serializer that decoded it
     */
    void put(ByteKey key, byte[] leafHash, Object value, EntrySerializer<?> serializer) {
        Stripe stripe = stripe(key);
        Cached cached = new Cached(leafHash, value, serializer);
        synchronized (stripe) {
            stripe.put(key, cached);
        }
    }

    /**
     * @param key a key that no longer has an entry
     */
    void remove(ByteKey key) {
        Stripe stripe = stripe(key);
        synchronized (stripe) {
            stripe.remove(key);
        }
    }

    private Stripe stripe(ByteKey key) {
        return stripes[(key.hashCode() ^ (key.hashCode() >>> 16)) & (STRIPES - 1)];
    }

    private record Cached(byte[] leafHash, Object value, EntrySerializer<?> serializer) {
    }

    private static final class Stripe extends LinkedHashMap<ByteKey, Cached> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        Stripe(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteKey, Cached> eldest) {
            return size() > capacity;
        }
    }
}
