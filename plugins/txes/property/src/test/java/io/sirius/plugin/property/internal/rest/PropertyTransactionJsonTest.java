package io.sirius.plugin.property.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.AddressPropertyTransaction;
import io.sirius.plugin.property.model.MosaicPropertyTransaction;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.model.TransactionTypePropertyTransaction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyTransactionJsonTest {

    @Test
    void writesTheFieldsTheSdkReadsForEachKind() {
        // Arrange: the SDK vectors' transactions
        var addresses = new AddressPropertyTransaction(0x81, List.of(
                new PropertyModification<>(0, Fixtures.OTHER_ADDRESS.toUnresolved()),
                new PropertyModification<>(1, Fixtures.OWNER_ADDRESS.toUnresolved())));
        var mosaics = new MosaicPropertyTransaction(0x02, List.of(
                new PropertyModification<>(0, new UnresolvedMosaicId(0x0DC67FBE1CAD29E3L))));
        var types = new TransactionTypePropertyTransaction(0x84, List.of(
                new PropertyModification<>(0, new EntityType(0x4154)), new PropertyModification<>(1, new EntityType(0x4152))));

        // Act + Assert: addresses hex (the SDK reads them with Address.createFromEncoded), mosaics [lo, hi], types numbers
        assertEquals(Map.of("propertyType", 0x81, "modifications", List.of(
                Map.of("type", 0, "value", "9022D04812D05000F96C283657B0C17990932BC84926CDE64F"),
                Map.of("type", 1, "value", "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5"))),
                new PropertyTransactionJson<>(ValueKind.ADDRESS).write(addresses, 1));
        Map<String, Object> mosaicJson = new PropertyTransactionJson<>(ValueKind.MOSAIC).write(mosaics, 1);
        assertEquals(Map.of("propertyType", 2, "modifications", List.of(
                Map.of("type", 0, "value", new Uint64(0x0DC67FBE1CAD29E3L)))), mosaicJson);
        assertEquals(List.of("propertyType", "modifications"), List.copyOf(mosaicJson.keySet()));
        assertEquals(Map.of("propertyType", 0x84, "modifications", List.of(Map.of("type", 0, "value", 16724),
                Map.of("type", 1, "value", 16722))), new PropertyTransactionJson<>(ValueKind.TRANSACTION_TYPE).write(types, 1));
    }
}
