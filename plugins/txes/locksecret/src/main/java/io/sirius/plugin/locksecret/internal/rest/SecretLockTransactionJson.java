package io.sirius.plugin.locksecret.internal.rest;

import io.sirius.api.model.Hex;
import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.locksecret.model.SecretLockTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A secret lock as REST shows it, with the names the SDK's {@code CreateTransactionFromDTO} reads: {@code mosaicId},
 * {@code amount}, {@code duration} ([lo, hi]), {@code hashAlgorithm}, {@code secret} (64 hex; the SDK keeps the first
 * 40 of a Hash160 secret) and {@code recipient} (the 25 bytes in hex, an alias included).
 */
public final class SecretLockTransactionJson implements TransactionJson<SecretLockTransaction> {

    @Override
    public Map<String, Object> write(SecretLockTransaction lock, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mosaicId", new Uint64(lock.mosaic().id().value()));
        json.put("amount", new Uint64(lock.mosaic().amount().value()));
        json.put("duration", new Uint64(lock.duration().value()));
        json.put("hashAlgorithm", lock.hashAlgorithm());
        json.put("secret", lock.secret().toHex());
        json.put("recipient", Hex.encode(lock.recipient().bytes()));
        return json;
    }
}
