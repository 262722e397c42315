package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Register_Namespace as REST shows it (and the SDK's {@code CreateTransactionFromDTO} reads it):
 * {@code namespaceType}, {@code namespaceId} and {@code name}, then {@code duration} for a root or {@code parentId}
 * for a child.
 */
public final class RegisterNamespaceTransactionJson implements TransactionJson<RegisterNamespaceTransaction> {

    @Override
    public Map<String, Object> write(RegisterNamespaceTransaction transaction, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("namespaceType", transaction.namespaceType());
        json.put("namespaceId", new Uint64(transaction.namespaceId().value()));
        json.put("name", transaction.name());
        json.put(transaction.isRoot() ? "duration" : "parentId", new Uint64(transaction.durationOrParentId()));
        return json;
    }
}
