package io.sirius.plugin.metadata.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.Uint64;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataViewTest {
    private static final String HASH = "E92A2D4232698A6D63CFF470542EE759DC2C8303E776728398B7243B0AFD4DDF";

    @Test
    void showsAVersionOneEntryAsRestDoes() {
        // Act
        Map<String, Object> view = MetadataView.of(Fixtures.plainEntry("hello"));

        // Assert
        assertEquals(List.of("id", "metadataEntry"), List.copyOf(view.keySet()));
        assertEquals(HASH.substring(0, 24), view.get("id"));
        Map<?, ?> entry = (Map<?, ?>) view.get("metadataEntry");
        assertEquals(List.of("version", "compositeHash", "sourceAddress", "targetKey", "scopedMetadataKey", "targetId",
                "metadataType", "valueSize", "value"), List.copyOf(entry.keySet()));
        assertEquals(1, entry.get("version"));
        assertEquals(HASH, entry.get("compositeHash"));
        assertEquals("90E19DF82616CD2347ACCCA3246E9FE50EA6C50F1FF6E13878", entry.get("sourceAddress"));
        assertEquals(Fixtures.TARGET.toHex(), entry.get("targetKey"));
        assertEquals(new Uint64(Fixtures.NAME_KEY), entry.get("scopedMetadataKey"));
        assertEquals(new Uint64(0), entry.get("targetId"));
        assertEquals(0, entry.get("metadataType"));
        assertEquals(5, entry.get("valueSize"));
        assertEquals("68656C6C6F", entry.get("value"));
    }

    @Test
    void showsTheFlagOfAVersionTwoEntryAndItsTarget() {
        // Arrange
        MetadataEntry entry = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, Fixtures.NAME_KEY,
                MetadataType.NAMESPACE, Fixtures.NAMESPACE), Fixtures.bytes("x"), 2, true);

        // Act
        Map<?, ?> view = (Map<?, ?>) MetadataView.of(entry).get("metadataEntry");

        // Assert
        assertEquals(List.of("version", "compositeHash", "sourceAddress", "targetKey", "scopedMetadataKey", "targetId",
                "metadataType", "valueSize", "isValueImmutable", "value"), List.copyOf(view.keySet()));
        assertEquals(2, view.get("version"));
        assertEquals(true, view.get("isValueImmutable"));
        assertEquals(2, view.get("metadataType"));
        assertEquals(new Uint64(Fixtures.NAMESPACE), view.get("targetId"));
        assertEquals(entry.key().compositeHash().toHex(), view.get("compositeHash"));
    }
}
