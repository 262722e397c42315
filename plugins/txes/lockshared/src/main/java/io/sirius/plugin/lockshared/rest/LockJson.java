package io.sirius.plugin.lockshared.rest;

import io.sirius.api.rest.Uint64;
import io.sirius.plugin.lockshared.state.LockInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A lock as js-xpx-chain-rest shows it ({@code HashLockWithMeta}, {@code SecretLockWithMeta}): {@code meta.id} and
 * {@code lock} with {@code account}, {@code accountAddress} (hex), {@code mosaicId}, {@code amount}, {@code height}
 * ([lo, hi]) and {@code status} (0 unused, 1 used), then the family's own fields. {@code meta.id} is the lock's key
 * (REST's is a database id, which the SDK passes through).
 */
public final class LockJson {

    private LockJson() {
    }

    /**
     * @param lock a lock
     * @param extendedData puts the family's own fields, in order, after the shared ones
     * @return its JSON
     */
    public static Map<String, Object> of(LockInfo<?> lock, Consumer<Map<String, Object>> extendedData) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", lock.account().toHex());
        body.put("accountAddress", lock.accountAddress().toHex());
        body.put("mosaicId", new Uint64(lock.mosaicId().value()));
        body.put("amount", new Uint64(lock.amount().value()));
        body.put("height", new Uint64(lock.height().value()));
        body.put("status", lock.status().code());
        extendedData.accept(body);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meta", Map.of("id", lock.key().toHex()));
        json.put("lock", body);
        return json;
    }
}
