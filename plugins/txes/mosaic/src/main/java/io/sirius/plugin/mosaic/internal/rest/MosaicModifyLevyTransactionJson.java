package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyTransaction;
import io.sirius.plugin.mosaic.model.UnresolvedMosaicLevy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A levy change as REST shows it: {@code mosaicId} and {@code levy: {type, recipient, mosaicId, fee}}, the recipient
 * as its 25 bytes in hex (an alias included), uint64 values as [lo, hi].
 */
public final class MosaicModifyLevyTransactionJson implements TransactionJson<MosaicModifyLevyTransaction> {

    @Override
    public Map<String, Object> write(MosaicModifyLevyTransaction modify, int version) {
        UnresolvedMosaicLevy levy = modify.levy();
        Map<String, Object> levyJson = new LinkedHashMap<>();
        levyJson.put("type", levy.type());
        levyJson.put("recipient", levy.recipient().toHex());
        levyJson.put("mosaicId", new Uint64(levy.mosaicId().value()));
        levyJson.put("fee", new Uint64(levy.fee().value()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mosaicId", new Uint64(modify.mosaicId().value()));
        json.put("levy", levyJson);
        return json;
    }
}
