package io.sirius.plugin.upgrade.internal.plugin;

import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A blockchain upgrade transaction as REST shows it and the SDK's {@code ChainUpgradeTransaction} reads it:
 * {@code upgradePeriod} and {@code newBlockchainVersion}, both as [lo, hi].
 */
public final class BlockchainUpgradeTransactionJson implements TransactionJson<BlockchainUpgradeTransaction> {

    @Override
    public Map<String, Object> write(BlockchainUpgradeTransaction body, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("upgradePeriod", new Uint64(body.upgradePeriod().value()));
        json.put("newBlockchainVersion", new Uint64(body.newBlockchainVersion().value()));
        return json;
    }
}
