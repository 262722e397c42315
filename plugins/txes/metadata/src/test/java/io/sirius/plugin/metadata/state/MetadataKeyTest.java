package io.sirius.plugin.metadata.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Hash256;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataKeyTest {

    /**
     * The expected hashes were computed outside Java (Python's hashlib.sha3_256) over source address 25 | target key 32
     * | scoped key u64 LE | target id u64 LE | type u8, the fields of Sirius's MetadataKey::generateUniqueKey.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ACCOUNT, 0, E92A2D4232698A6D63CFF470542EE759DC2C8303E776728398B7243B0AFD4DDF",
        "MOSAIC, 0DC67FBE1CAD29E3, B815D40261F314682B33C32D7599076ABA24F6D2C070330A64D8B9CA72966024",
        "NAMESPACE, 80000000000029E3, D662E17E54C09985E66C09946FBB679EA08CA38816DC42A2068571D7548A2D3C"})
    void hashesTheFieldsAsSiriusDoes(MetadataType type, String targetId, String expected) {
        // Arrange
        MetadataKey key = new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, Fixtures.NAME_KEY, type,
                Long.parseUnsignedLong(targetId, 16));

        // Act
        Hash256 hash = key.compositeHash();

        // Assert
        assertEquals(Hash256.fromHex(expected), hash);
    }

    @Test
    void everyFieldChangesTheHash() {
        // Arrange
        MetadataKey base = new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 1, MetadataType.MOSAIC, 2);

        // Act and Assert
        assertNotEquals(base.compositeHash(), new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 2, MetadataType.MOSAIC, 2)
                .compositeHash());
        assertNotEquals(base.compositeHash(), new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 1, MetadataType.MOSAIC, 3)
                .compositeHash());
        assertNotEquals(base.compositeHash(), new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 1, MetadataType.NAMESPACE, 2)
                .compositeHash());
        assertNotEquals(base.compositeHash(), new MetadataKey(Fixtures.SOURCE, Fixtures.SIGNER, 1, MetadataType.MOSAIC, 2)
                .compositeHash());
        assertEquals(base.compositeHash(), new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 1, MetadataType.MOSAIC, 2)
                .compositeHash());
    }

    @Test
    void anAccountKeyHasTargetIdZero() {
        // Act and Assert
        assertThrows(IllegalArgumentException.class,
                () -> new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 1, MetadataType.ACCOUNT, 1));
    }
}
