package io.sirius.kernel.internal.chain;

import io.sirius.api.model.Height;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfigEntry;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore.StateReader;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The network configurations the chain has reached, by the height each took effect, parsed once.
 *
 * <p>A configuration is scheduled (by the nemesis block, or by a NetworkConfig transaction) as an entry of the
 * NetworkConfig cache at its height. The configuration in force at height h is the cache's entry at h if there is
 * one, otherwise the newest one below h. The heights at which the chain actually crossed into a new
 * configuration are kept in the {@value #INDEX} index so the history can be rebuilt at start.
 */
public final class ConfigHistory {
    /** Heights at which a configuration took effect. */
    public static final String INDEX = "config_heights";

    private final NavigableMap<Long, NetworkConfiguration> reached = new ConcurrentSkipListMap<>();
    private final Map<NetworkConfigEntry, NetworkConfiguration> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Rebuilds the history from committed state.
     *
     * @param state the committed state
     */
    public void load(StateReader state) {
        reached.clear();
        state.index(INDEX).scan(new byte[0], (key, value) -> {
            long height = toLong(key);
            state.cache(NetworkConfigCache.DESCRIPTOR).find(new Height(height))
                    .ifPresent(entry -> reached.put(height, parse(height, entry)));
            return true;
        });
    }

    /**
     * @param height a height at or above the chain's
     * @param state the state before that height's block
     * @return the configuration in force at the height
     * @throws IllegalStateException if no configuration exists yet
     */
    public NetworkConfiguration at(long height, StateReader state) {
        Optional<NetworkConfigEntry> scheduled = state.cache(NetworkConfigCache.DESCRIPTOR).find(new Height(height));
        if (scheduled.isPresent()) {
            return parse(height, scheduled.get());
        }
        Map.Entry<Long, NetworkConfiguration> floor = reached.floorEntry(height);
        if (floor == null) {
            throw new IllegalStateException("no network configuration is in force at height " + height);
        }
        return floor.getValue();
    }

    /**
     * @param height a height the chain has reached
     * @return the configuration in force there, from the history alone
     */
    public Optional<NetworkConfiguration> reachedAt(long height) {
        return Optional.ofNullable(reached.floorEntry(height)).map(Map.Entry::getValue);
    }

    /** @return the heights at which configurations took effect, and the configurations */
    public NavigableMap<Long, NetworkConfiguration> reached() {
        return java.util.Collections.unmodifiableNavigableMap(reached);
    }

    /**
     * Records, in a block's delta, that the chain crossed into the configuration scheduled at its height (if any).
     *
     * @param height the block's height
     * @param changes the block's delta
     */
    public void markCrossing(long height, StateChanges changes) {
        if (changes.cache(NetworkConfigCache.DESCRIPTOR).find(new Height(height)).isPresent()) {
            changes.index(INDEX).put(toBytes(height), new byte[0]);
        }
    }

    /**
     * Undoes {@link #markCrossing} in a rollback delta.
     *
     * @param height the height being undone
     * @param changes the rollback delta
     */
    public void unmarkCrossing(long height, StateChanges changes) {
        changes.index(INDEX).remove(toBytes(height));
    }

    /**
     * Brings the in-memory history in line after a commit at {@code height}.
     *
     * @param height the new chain height
     * @param state the committed state
     */
    public void committed(long height, StateReader state) {
        reached.tailMap(height, false).clear();
        state.cache(NetworkConfigCache.DESCRIPTOR).find(new Height(height)).ifPresent(entry -> {
            if (state.index(INDEX).get(toBytes(height)).isPresent()) {
                reached.put(height, parse(height, entry));
            }
        });
    }

    private NetworkConfiguration parse(long height, NetworkConfigEntry entry) {
        return parsed.computeIfAbsent(entry, NetworkConfigEntry::parse);
    }

    static byte[] toBytes(long height) {
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (height >>> (56 - 8 * i));
        }
        return out;
    }

    static long toLong(byte[] bytes) {
        long value = 0;
        for (byte b : bytes) {
            value = value << 8 | (b & 0xFF);
        }
        return value;
    }
}
