package io.sirius.plugin.metadata.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.Uint64;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataForm;
import io.sirius.plugin.metadata.model.MetadataTransaction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataTransactionJsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ACCOUNT, 'targetKey,scopedMetadataKey,valueSizeDelta,valueSize,value'",
        "MOSAIC, 'targetKey,scopedMetadataKey,targetMosaicId,valueSizeDelta,valueSize,value'",
        "NAMESPACE, 'targetKey,scopedMetadataKey,targetNamespaceId,valueSizeDelta,valueSize,value'",
        "ACCOUNT_EXTENDED, 'targetKey,scopedMetadataKey,valueSizeDelta,valueSize,isValueImmutable,value'",
        "MOSAIC_EXTENDED, 'targetKey,scopedMetadataKey,targetMosaicId,valueSizeDelta,valueSize,isValueImmutable,value'",
        "NAMESPACE_EXTENDED, 'targetKey,scopedMetadataKey,targetNamespaceId,valueSizeDelta,valueSize,isValueImmutable,value'"})
    void writesTheFieldsOfEachForm(MetadataForm form, String fields) {
        // Arrange
        long targetId = form.hasTargetId() ? Fixtures.NAMESPACE : 0;
        MetadataTransaction transaction = new MetadataTransaction(Fixtures.TARGET, Fixtures.NAME_KEY, targetId, -2,
                Fixtures.bytes("hi"), form.extended());

        // Act
        Map<String, Object> json = new MetadataTransactionJson(form).write(transaction, 1);

        // Assert
        assertEquals(List.of(fields.split(",")), List.copyOf(json.keySet()));
        assertEquals(Fixtures.TARGET.toHex(), json.get("targetKey"));
        assertEquals(new Uint64(Fixtures.NAME_KEY), json.get("scopedMetadataKey"));
        assertEquals(-2, json.get("valueSizeDelta"));
        assertEquals(2, json.get("valueSize"));
        assertEquals("6869", json.get("value"));
        if (form.hasTargetId()) {
            assertEquals(new Uint64(Fixtures.NAMESPACE), json.get(fields.split(",")[2]));
        }
        if (form.extended()) {
            assertEquals(true, json.get("isValueImmutable"));
        }
    }

    @Test
    void writesAnEmptyValueAsAnEmptyString() {
        // Act
        Map<String, Object> json = new MetadataTransactionJson(MetadataForm.ACCOUNT).write(
                new MetadataTransaction(Fixtures.TARGET, 0, 0, 0, new byte[0], false), 1);

        // Assert
        assertEquals("", json.get("value"));
        assertEquals(new Uint64(0), json.get("scopedMetadataKey"));
    }
}
