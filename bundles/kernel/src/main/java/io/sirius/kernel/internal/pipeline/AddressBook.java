package io.sirius.kernel.internal.pipeline;

import io.sirius.api.model.Address;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.Addresses;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The addresses of public keys on one network, memoized (an address costs a SHA3-256 and a RIPEMD-160, and the
 * same signers recur in every block). Bounded: the least recently used keys are forgotten. Thread safe.
 */
public final class AddressBook {
    private final NetworkType network;
    private final Map<PublicKey, Address> cache;

    /**
     * @param network the network
     * @param capacity how many keys to remember
     */
    public AddressBook(NetworkType network, int capacity) {
        this.network = network;
        this.cache = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<PublicKey, Address> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * @param key a public key
     * @return its address
     */
    public Address addressOf(PublicKey key) {
        synchronized (cache) {
            Address known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        Address address = Addresses.of(key, network);
        synchronized (cache) {
            cache.put(key, address);
        }
        return address;
    }
}
