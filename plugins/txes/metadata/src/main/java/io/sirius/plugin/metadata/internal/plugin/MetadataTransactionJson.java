package io.sirius.plugin.metadata.internal.plugin;

import io.sirius.api.model.Hex;
import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.metadata.model.MetadataForm;
import io.sirius.plugin.metadata.model.MetadataTransaction;
import io.sirius.plugin.metadata.model.MetadataType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A metadata_v2 transaction as REST shows it (js-xpx-chain-rest's {@code metadata_v2} codecs and Sirius's Mongo
 * mappers; the SDK's {@code CreateTransactionFromDTO} reads the plain forms): {@code targetKey} in hex,
 * {@code scopedMetadataKey} as [lo, hi], {@code targetMosaicId} or {@code targetNamespaceId} as [lo, hi] in those
 * forms, {@code valueSizeDelta} and {@code valueSize} as numbers, {@code isValueImmutable} as a boolean in the extended
 * forms, and {@code value} in hex (always present, empty when the value is: the SDK decodes it unconditionally).
 */
public final class MetadataTransactionJson implements TransactionJson<MetadataTransaction> {
    private final MetadataForm form;

    /**
     * @param form the type this writer shows
     */
    public MetadataTransactionJson(MetadataForm form) {
        this.form = Objects.requireNonNull(form, "form");
    }

    @Override
    public Map<String, Object> write(MetadataTransaction transaction, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("targetKey", transaction.targetKey().toHex());
        json.put("scopedMetadataKey", new Uint64(transaction.scopedMetadataKey()));
        if (form.target() == MetadataType.MOSAIC) {
            json.put("targetMosaicId", new Uint64(transaction.targetId()));
        } else if (form.target() == MetadataType.NAMESPACE) {
            json.put("targetNamespaceId", new Uint64(transaction.targetId()));
        }
        json.put("valueSizeDelta", transaction.valueSizeDelta());
        json.put("valueSize", transaction.valueSize());
        if (form.extended()) {
            json.put("isValueImmutable", transaction.immutable());
        }
        json.put("value", Hex.encode(transaction.value()));
        return json;
    }
}
