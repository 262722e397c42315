package io.sirius.plugin.locksecret.internal.rest;

import io.sirius.api.rest.Uint64;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lock as js-xpx-chain-rest shows it ({@code SecretLockWithMeta}): {@code meta.id} and {@code lock} with
 * {@code account}, {@code accountAddress} (hex), {@code mosaicId}, {@code amount}, {@code height} ([lo, hi]),
 * {@code status} (0 unused, 1 used), {@code hashAlgorithm}, {@code secret}, {@code recipient} (hex) and
 * {@code compositeHash}. {@code meta.id} is the composite hash (REST's is a database id, which the SDK passes through).
 */
final class SecretLockJson {

    private SecretLockJson() {
    }

    /**
     * @param lock a lock
     * @return its JSON
     */
    static Map<String, Object> of(SecretLockInfo lock) {
        String compositeHash = lock.compositeHash().toHex();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", lock.account().toHex());
        body.put("accountAddress", lock.accountAddress().toHex());
        body.put("mosaicId", new Uint64(lock.mosaicId().value()));
        body.put("amount", new Uint64(lock.amount().value()));
        body.put("height", new Uint64(lock.height().value()));
        body.put("status", lock.status().code());
        body.put("hashAlgorithm", lock.hashAlgorithm().code());
        body.put("secret", lock.secret().toHex());
        body.put("recipient", lock.recipient().toHex());
        body.put("compositeHash", compositeHash);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meta", Map.of("id", compositeHash));
        json.put("lock", body);
        return json;
    }
}
