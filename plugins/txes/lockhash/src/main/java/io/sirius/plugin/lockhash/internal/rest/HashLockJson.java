package io.sirius.plugin.lockhash.internal.rest;

import io.sirius.api.rest.Uint64;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lock as js-xpx-chain-rest shows it ({@code HashLockWithMeta}): {@code meta.id} and {@code lock} with
 * {@code account}, {@code accountAddress} (hex), {@code mosaicId}, {@code amount}, {@code height} ([lo, hi]),
 * {@code status} (0 unused, 1 used) and {@code hash}. {@code meta.id} is the hash (REST's is a database id, which the
 * SDK passes through).
 */
final class HashLockJson {

    private HashLockJson() {
    }

    /**
     * @param lock a lock
     * @return its JSON
     */
    static Map<String, Object> of(HashLockInfo lock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", lock.account().toHex());
        body.put("accountAddress", lock.accountAddress().toHex());
        body.put("mosaicId", new Uint64(lock.mosaicId().value()));
        body.put("amount", new Uint64(lock.amount().value()));
        body.put("height", new Uint64(lock.height().value()));
        body.put("status", lock.status().code());
        body.put("hash", lock.hash().toHex());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meta", Map.of("id", lock.hash().toHex()));
        json.put("lock", body);
        return json;
    }
}
