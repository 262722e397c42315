package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A supply change as REST shows it: {@code mosaicId} and {@code delta} as [lo, hi], {@code direction} as a number.
 */
public final class MosaicSupplyChangeTransactionJson implements TransactionJson<MosaicSupplyChangeTransaction> {

    @Override
    public Map<String, Object> write(MosaicSupplyChangeTransaction change, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mosaicId", new Uint64(change.mosaicId().value()));
        json.put("direction", change.direction());
        json.put("delta", new Uint64(change.delta().value()));
        return json;
    }
}
