package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.namespace.model.MosaicAliasTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Alias_Mosaic as REST shows it: {@code aliasAction}, {@code namespaceId} and {@code mosaicId}.
 */
public final class MosaicAliasTransactionJson implements TransactionJson<MosaicAliasTransaction> {

    @Override
    public Map<String, Object> write(MosaicAliasTransaction transaction, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("aliasAction", transaction.aliasAction());
        json.put("namespaceId", new Uint64(transaction.namespaceId().value()));
        json.put("mosaicId", new Uint64(transaction.mosaicId().value()));
        return json;
    }
}
