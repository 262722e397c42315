package io.sirius.plugin.locksecret.internal.rest;

import io.sirius.api.model.Hex;
import io.sirius.api.rest.TransactionJson;
import io.sirius.plugin.locksecret.model.SecretProofTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A secret proof as REST shows it, with the names the SDK reads: {@code hashAlgorithm}, {@code secret},
 * {@code recipient} (hex) and {@code proof} (hex).
 */
public final class SecretProofTransactionJson implements TransactionJson<SecretProofTransaction> {

    @Override
    public Map<String, Object> write(SecretProofTransaction proof, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hashAlgorithm", proof.hashAlgorithm());
        json.put("secret", proof.secret().toHex());
        json.put("recipient", Hex.encode(proof.recipient().bytes()));
        json.put("proof", Hex.encode(proof.proof()));
        return json;
    }
}
