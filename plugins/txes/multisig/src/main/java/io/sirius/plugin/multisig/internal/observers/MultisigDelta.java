package io.sirius.plugin.multisig.internal.observers;

import io.sirius.api.model.PublicKey;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.multisig.state.MultisigEntry;

/**
 * The Multisig cache while a block is applied or undone. Links are changed on both sides at once; an entry is created
 * on first link and removed, as in Sirius, as soon as it has no link left (no cosignatory, no multisig account),
 * whatever its minimums.
 */
final class MultisigDelta {
    private final CacheDelta<PublicKey, MultisigEntry> cache;
    private final ObserverContext context;

    private MultisigDelta(ObserverContext context) {
        this.cache = context.state().cache(MultisigCache.DESCRIPTOR);
        this.context = context;
    }

    /**
     * @param context an observer's context
     * @return the cache in its state
     */
    static MultisigDelta of(ObserverContext context) {
        return new MultisigDelta(context);
    }

    /**
     * @param key an account
     * @return its entry, or an empty one (no link, zero minimums) if it has none
     */
    MultisigEntry entryOrEmpty(PublicKey key) {
        return cache.find(key).orElseGet(() -> MultisigEntry.empty(key, context.addressOf(key)));
    }

    /**
     * @param key an account
     * @return whether it has an entry
     */
    boolean contains(PublicKey key) {
        return cache.contains(key);
    }

    /**
     * Stores an entry whose links changed, or removes it if it has no link left.
     *
     * @param entry the entry
     */
    void saveLinks(MultisigEntry entry) {
        if (entry.isLinked()) {
            cache.put(entry.account(), entry);
        } else {
            cache.remove(entry.account());
        }
    }

    /**
     * Stores an entry whose minimums changed, as it is (links untouched).
     *
     * @param entry the entry
     */
    void saveMinimums(MultisigEntry entry) {
        cache.put(entry.account(), entry);
    }

    /**
     * Links a cosignatory to a multisig account, on both sides.
     *
     * @param multisig the multisig account's entry
     * @param cosignatory the cosignatory
     * @return the multisig account's entry with the cosignatory
     */
    MultisigEntry link(MultisigEntry multisig, PublicKey cosignatory) {
        saveLinks(entryOrEmpty(cosignatory).withMultisigAccount(multisig.account()));
        return multisig.withCosignatory(cosignatory);
    }

    /**
     * Unlinks a cosignatory from a multisig account, on both sides.
     *
     * @param multisig the multisig account's entry
     * @param cosignatory the cosignatory
     * @return the multisig account's entry without the cosignatory
     */
    MultisigEntry unlink(MultisigEntry multisig, PublicKey cosignatory) {
        saveLinks(entryOrEmpty(cosignatory).withoutMultisigAccount(multisig.account()));
        return multisig.withoutCosignatory(cosignatory);
    }
}
