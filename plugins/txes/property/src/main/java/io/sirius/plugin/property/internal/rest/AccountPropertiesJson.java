package io.sirius.plugin.property.internal.rest;

import io.sirius.api.model.Hex;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.property.model.PropertyType;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.AccountProperty;
import io.sirius.plugin.property.state.PropertyValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An account's properties as js-xpx-chain-rest shows them ({@code AccountPropertiesInfoDTO}):
 * {@code accountProperties.address} (hex) and {@code accountProperties.properties}, the three properties in Sirius's
 * order, each with its {@code propertyType} (the descriptor: 0x80 set when blocking or empty) and its {@code values}:
 * addresses in hex, mosaic ids as [lo, hi], transaction types as numbers.
 */
final class AccountPropertiesJson {

    private AccountPropertiesJson() {
    }

    /**
     * @param entry an account's properties
     * @return its JSON
     */
    static Map<String, Object> of(AccountProperties entry) {
        List<Map<String, Object>> properties = new ArrayList<>();
        for (AccountProperty property : entry.properties()) {
            List<Object> values = new ArrayList<>();
            for (PropertyValue value : property.values()) {
                values.add(switch (property.valueType()) {
                    case PropertyType.ADDRESS -> Hex.encode(value.bytes());
                    case PropertyType.MOSAIC_ID -> new Uint64(value.littleEndian());
                    default -> (int) value.littleEndian();
                });
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("propertyType", property.descriptor());
            json.put("values", values);
            properties.add(json);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", entry.address().toHex());
        body.put("properties", properties);
        return Map.of("accountProperties", body);
    }
}
