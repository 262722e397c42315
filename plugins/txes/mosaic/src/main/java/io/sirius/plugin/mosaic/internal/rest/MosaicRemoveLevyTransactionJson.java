package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A levy removal as REST shows it: {@code mosaicId} as [lo, hi].
 */
public final class MosaicRemoveLevyTransactionJson implements TransactionJson<MosaicRemoveLevyTransaction> {

    @Override
    public Map<String, Object> write(MosaicRemoveLevyTransaction remove, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mosaicId", new Uint64(remove.mosaicId().value()));
        return json;
    }
}
