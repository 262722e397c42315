package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.model.MosaicDefinition;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mosaic entry as js-xpx-chain-rest shows it (the SDK's {@code MosaicInfoDTO}):
 * {@code {meta: {id}, mosaic: {mosaicId, supply, height, owner, revision, properties: [{id, value}] x 3}}}, with
 * uint64 values as [lo, hi], the owner as upper-case hex, and the three properties (flags, divisibility, duration)
 * always present, in id order, since the SDK reads them by position. {@code meta.id} is the mosaic id in hex: REST
 * gives its database id there, which the SDK only passes on.
 */
final class MosaicJson {

    private MosaicJson() {
    }

    static Map<String, Object> of(MosaicEntry entry) {
        MosaicDefinition definition = entry.definition();
        List<Map<String, Object>> properties = new ArrayList<>(MosaicProperty.COUNT);
        long[] values = definition.properties().values();
        for (int id = 0; id < values.length; id++) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("id", id);
            property.put("value", new Uint64(values[id]));
            properties.add(property);
        }
        Map<String, Object> mosaic = new LinkedHashMap<>();
        mosaic.put("mosaicId", new Uint64(entry.mosaicId().value()));
        mosaic.put("supply", new Uint64(entry.supply().value()));
        mosaic.put("height", new Uint64(definition.height().value()));
        mosaic.put("owner", definition.owner().toHex());
        mosaic.put("revision", Integer.toUnsignedLong(definition.revision()));
        mosaic.put("properties", properties);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meta", Map.of("id", entry.mosaicId().toHex()));
        body.put("mosaic", mosaic);
        return body;
    }
}
