package io.sirius.plugin.locksecret.internal.rest;

import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.lockshared.rest.LockJson;
import java.util.Map;

/**
 * A lock as js-xpx-chain-rest shows it ({@code SecretLockWithMeta}): the shared lock fields ({@link LockJson}), then
 * {@code hashAlgorithm}, {@code secret}, {@code recipient} (hex) and {@code compositeHash}; {@code meta.id} is the
 * composite hash.
 */
final class SecretLockJson {

    private SecretLockJson() {
    }

    /**
     * @param lock a lock
     * @return its JSON
     */
    static Map<String, Object> of(SecretLockInfo lock) {
        return LockJson.of(lock, body -> {
            body.put("hashAlgorithm", lock.hashAlgorithm().code());
            body.put("secret", lock.secret().toHex());
            body.put("recipient", lock.recipient().toHex());
            body.put("compositeHash", lock.key().toHex());
        });
    }
}
