package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.namespace.model.AddressAliasTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Alias_Address as REST shows it: {@code aliasAction}, {@code namespaceId} and {@code address} (hex).
 */
public final class AddressAliasTransactionJson implements TransactionJson<AddressAliasTransaction> {

    @Override
    public Map<String, Object> write(AddressAliasTransaction transaction, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("aliasAction", transaction.aliasAction());
        json.put("namespaceId", new Uint64(transaction.namespaceId().value()));
        json.put("address", transaction.address().toHex());
        return json;
    }
}
