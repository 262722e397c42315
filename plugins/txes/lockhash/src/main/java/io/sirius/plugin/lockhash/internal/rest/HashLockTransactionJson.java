package io.sirius.plugin.lockhash.internal.rest;

import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.lockhash.model.HashLockTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hash lock as REST shows it, with the names the SDK's {@code CreateTransactionFromDTO} reads: {@code mosaicId},
 * {@code amount}, {@code duration} ([lo, hi]) and {@code hash}.
 */
public final class HashLockTransactionJson implements TransactionJson<HashLockTransaction> {

    @Override
    public Map<String, Object> write(HashLockTransaction lock, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mosaicId", new Uint64(lock.mosaic().id().value()));
        json.put("amount", new Uint64(lock.mosaic().amount().value()));
        json.put("duration", new Uint64(lock.duration().value()));
        json.put("hash", lock.hash().toHex());
        return json;
    }
}
