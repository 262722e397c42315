package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.model.PublicKey;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.multisig.state.MultisigEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the multisig graph: entries, and the accounts above (the multisig accounts an account cosigns, transitively)
 * or below it (its cosignatories, transitively), with how many levels they span (Sirius's {@code MultisigCacheUtils}).
 */
public final class MultisigGraph {
    /** Deeper than any graph the depth rule allows; a guard against a corrupt cache, never reached otherwise. */
    static final int MAX_WALK = 256;

    private final CacheView<PublicKey, MultisigEntry> cache;

    private MultisigGraph(CacheView<PublicKey, MultisigEntry> cache) {
        this.cache = cache;
    }

    /**
     * @param state a state view
     * @return the graph in it
     */
    public static MultisigGraph of(StateView state) {
        return new MultisigGraph(state.cache(MultisigCache.DESCRIPTOR));
    }

    /**
     * @param key an account
     * @return its entry, absent if it is outside the graph
     */
    public Optional<MultisigEntry> entry(PublicKey key) {
        return cache.find(key);
    }

    /**
     * @param key an account
     * @return its cosignatories if it is a multisig account, empty if it is a plain account (unknown to the graph or a
     *     cosignatory only)
     */
    public List<PublicKey> cosignatoriesOf(PublicKey key) {
        return cache.find(key).map(MultisigEntry::cosignatories).orElse(List.of());
    }

    /**
     * @param key an account
     * @param found receives every account above it
     * @return how many levels lie above it (0 if it cosigns nothing)
     */
    public int ancestors(PublicKey key, Set<PublicKey> found) {
        return walk(key, found, MultisigEntry::multisigAccounts, 0);
    }

    /**
     * @param key an account
     * @param found receives every account below it
     * @return how many levels lie below it (0 if it has no cosignatory)
     */
    public int descendants(PublicKey key, Set<PublicKey> found) {
        return walk(key, found, MultisigEntry::cosignatories, 0);
    }

    private int walk(PublicKey key, Set<PublicKey> found, Function<MultisigEntry, List<PublicKey>> links, int depth) {
        Optional<MultisigEntry> entry = cache.find(key);
        if (entry.isEmpty() || depth > MAX_WALK) {
            return 0;
        }
        int levels = 0;
        for (PublicKey linked : links.apply(entry.get())) {
            found.add(linked);
            levels = Math.max(levels, walk(linked, found, links, depth + 1) + 1);
        }
        return levels;
    }
}
