package io.sirius.plugin.config.internal.plugin;

import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.config.model.NetworkConfigTransaction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A network config transaction as REST shows it and the SDK's {@code ChainConfigTransaction} reads it:
 * {@code applyHeightDelta} as [lo, hi], {@code networkConfig} and {@code supportedEntityVersions} as the texts
 * themselves (UTF-8), not hex.
 */
public final class NetworkConfigTransactionJson implements TransactionJson<NetworkConfigTransaction> {

    @Override
    public Map<String, Object> write(NetworkConfigTransaction body, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applyHeightDelta", new Uint64(body.applyHeightDelta().value()));
        json.put("networkConfig", new String(body.blockChainConfig(), StandardCharsets.UTF_8));
        json.put("supportedEntityVersions", new String(body.supportedEntityVersions(), StandardCharsets.UTF_8));
        return json;
    }
}
