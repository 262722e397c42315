package io.sirius.plugin.metadata.internal.rest;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A metadata entry as js-xpx-chain-rest shows it (its {@code metadata} and {@code metadataV2Entry} schemas over the
 * document Sirius's Mongo mapper writes; the SDK's {@code MetadataHttp} reads every field):
 *
 * <pre>
 * {"id": "...", "metadataEntry": {"version": 1, "compositeHash": "hex", "sourceAddress": "hex (25 bytes)",
 *   "targetKey": "hex", "scopedMetadataKey": [lo, hi], "targetId": [lo, hi], "metadataType": 0,
 *   "valueSize": 5, ["isValueImmutable": false,] "value": "hex"}}
 * </pre>
 *
 * {@code isValueImmutable} appears for version 2 entries only, as the mapper writes it. {@code id} is a Mongo object
 * id there; this node has no documents, so it gives the first 24 hex digits of the composite hash (an object id's
 * length, and stable for the entry's whole life), as the REST bundle does for other state without an id.
 *
 * <p>The search ({@code GET /metadata_v2}) shows the same entry with that id under {@code meta.id} instead
 * ({@link #inSearch}): REST's paged query renames {@code _id} to {@code meta.id}, and the SDK's {@code searchMetadata}
 * reads it there, while {@code getMetadata} / {@code getMetadatas} read the top-level {@code id}.
 */
final class MetadataView {

    private MetadataView() {
    }

    /**
     * @param entry an entry
     * @return its JSON-able view
     */
    static Map<String, Object> of(MetadataEntry entry) {
        MetadataKey key = entry.key();
        Hash256 hash = key.compositeHash();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("version", entry.version());
        metadata.put("compositeHash", hash.toHex());
        metadata.put("sourceAddress", key.sourceAddress().toHex());
        metadata.put("targetKey", key.targetKey().toHex());
        metadata.put("scopedMetadataKey", new Uint64(key.scopedMetadataKey()));
        metadata.put("targetId", new Uint64(key.targetId()));
        metadata.put("metadataType", key.targetType().code());
        metadata.put("valueSize", entry.valueSize());
        if (entry.version() == MetadataEntry.EXTENDED) {
            metadata.put("isValueImmutable", entry.immutable());
        }
        metadata.put("value", Hex.encode(entry.value()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id(hash));
        view.put("metadataEntry", metadata);
        return view;
    }

    /**
     * @param entry an entry
     * @return its JSON-able view in a search page: {@code {"metadataEntry": {...}, "meta": {"id": "..."}}}
     */
    static Map<String, Object> inSearch(MetadataEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("metadataEntry", of(entry).get("metadataEntry"));
        view.put("meta", Map.of("id", id(entry.key().compositeHash())));
        return view;
    }

    private static String id(Hash256 hash) {
        return hash.toHex().substring(0, 24);
    }
}
