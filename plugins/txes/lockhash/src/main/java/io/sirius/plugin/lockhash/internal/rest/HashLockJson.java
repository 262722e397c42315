package io.sirius.plugin.lockhash.internal.rest;

import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockshared.rest.LockJson;
import java.util.Map;

/**
 * A lock as js-xpx-chain-rest shows it ({@code HashLockWithMeta}): the shared lock fields ({@link LockJson}) and
 * {@code hash}; {@code meta.id} is the hash.
 */
final class HashLockJson {

    private HashLockJson() {
    }

    /**
     * @param lock a lock
     * @return its JSON
     */
    static Map<String, Object> of(HashLockInfo lock) {
        return LockJson.of(lock, body -> body.put("hash", lock.hash().toHex()));
    }
}
