package io.sirius.plugin.transfer.internal.plugin;

import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.transfer.model.TransferTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transfer as REST shows it: {@code recipient} (the 25 bytes in hex, an alias included), {@code mosaics}
 * ({@code id}, {@code amount} as [lo, hi]) and {@code message} ({@code type}: the SDK's first message byte, 0 plain
 * or 1 secure; {@code payload}: the rest, in hex).
 */
public final class TransferTransactionJson implements TransactionJson<TransferTransaction> {

    @Override
    public Map<String, Object> write(TransferTransaction transfer, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recipient", transfer.recipient().toHex());
        List<Map<String, Object>> mosaics = new ArrayList<>();
        for (UnresolvedMosaic mosaic : transfer.mosaics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", new Uint64(mosaic.id().value()));
            m.put("amount", new Uint64(mosaic.amount().value()));
            mosaics.add(m);
        }
        json.put("mosaics", mosaics);
        byte[] message = transfer.message();
        if (message.length > 0) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", message[0] & 0xFF);
            m.put("payload", Hex.encode(Arrays.copyOfRange(message, 1, message.length)));
            json.put("message", m);
        }
        return json;
    }
}
