package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.model.MosaicDefinitionTransaction;
import io.sirius.plugin.mosaic.model.MosaicProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mosaic definition as REST shows it: {@code mosaicNonce} (the u32 as a number), {@code mosaicId} ([lo, hi]) and
 * {@code properties}: {@code {id: 0, value: flags}}, {@code {id: 1, value: divisibility}}, then the optional
 * properties in wire order, as js-xpx-chain-rest's codec lists them (the SDK reads flags, divisibility and duration by
 * position).
 */
public final class MosaicDefinitionTransactionJson implements TransactionJson<MosaicDefinitionTransaction> {

    @Override
    public Map<String, Object> write(MosaicDefinitionTransaction definition, int version) {
        List<Map<String, Object>> properties = new ArrayList<>();
        properties.add(property(MosaicProperty.FLAGS, definition.flags()));
        properties.add(property(MosaicProperty.DIVISIBILITY, definition.divisibility()));
        for (MosaicProperty optional : definition.optionalProperties()) {
            properties.add(property(optional.id(), optional.value()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mosaicNonce", Integer.toUnsignedLong(definition.nonce()));
        json.put("mosaicId", new Uint64(definition.mosaicId().value()));
        json.put("properties", properties);
        return json;
    }

    private static Map<String, Object> property(int id, long value) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("id", id);
        property.put("value", new Uint64(value));
        return property;
    }
}
