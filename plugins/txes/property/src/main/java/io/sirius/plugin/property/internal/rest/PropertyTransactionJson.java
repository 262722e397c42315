package io.sirius.plugin.property.internal.rest;

import io.sirius.api.rest.TransactionJson;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.model.PropertyTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A property transaction as REST shows it, with the names the SDK's {@code CreateTransactionFromDTO} reads:
 * {@code propertyType} and {@code modifications[{type, value}]}, the value an address in hex, a mosaic id as [lo, hi]
 * or a transaction type as a number.
 *
 * @param <V> the type of the values
 * @param <T> the body
 */
public final class PropertyTransactionJson<V, T extends PropertyTransaction<V>> implements TransactionJson<T> {
    private final ValueKind<V, T, ?, ?> kind;

    /**
     * @param kind the kind of values
     */
    public PropertyTransactionJson(ValueKind<V, T, ?, ?> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Map<String, Object> write(T transaction, int version) {
        List<Map<String, Object>> modifications = new ArrayList<>();
        for (PropertyModification<V> modification : transaction.modifications()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", modification.type());
            json.put("value", kind.json(modification.value()));
            modifications.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("propertyType", transaction.propertyType());
        json.put("modifications", modifications);
        return json;
    }
}
