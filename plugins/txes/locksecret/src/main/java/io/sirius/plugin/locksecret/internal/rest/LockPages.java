package io.sirius.plugin.locksecret.internal.rest;

import io.sirius.api.model.Hash256;
import io.sirius.plugin.locksecret.state.LockKeySet;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One page of the locks an index lists, in composite-hash order, after a given composite hash.
 */
final class LockPages {

    private LockPages() {
    }

    /**
     * @param locks the cache
     * @param keys the composite hashes an index lists
     * @param belongs whether a lock under one of them still belongs to the index (an owner's index keeps a hash after
     *     another owner reused it)
     * @param pageSize how many locks at most
     * @param after the last composite hash of the previous page, if any
     * @return the page's JSON
     */
    static List<Map<String, Object>> page(SecretLockView locks, LockKeySet keys, Predicate<SecretLockInfo> belongs,
            int pageSize, Optional<Hash256> after) {
        List<Map<String, Object>> page = new ArrayList<>();
        for (Hash256 key : keys.keys()) {
            if (page.size() == pageSize) {
                break;
            }
            if (after.isPresent() && LockKeySet.ORDER.compare(key, after.get()) <= 0) {
                continue;
            }
            locks.find(key).filter(belongs).ifPresent(lock -> page.add(SecretLockJson.of(lock)));
        }
        return page;
    }
}
