package io.sirius.plugin.mosaic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.MosaicId;
import io.sirius.plugin.mosaic.internal.Fixtures;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MosaicIdGeneratorTest {

    @Test
    void derivesTheSdkVectorId() {
        // Act: sdk-vectors.json ids."mosaicId(nonce=42 (2A000000 LE), owner=signer v1 pubkey)"
        MosaicId id = MosaicIdGenerator.generate(Fixtures.OWNER, 42);

        // Assert
        assertEquals(new MosaicId(0x36CC4F72E42A81D3L), id);
    }

    @Test
    void neverSetsTheNamespaceBit() {
        // Arrange
        Set<MosaicId> ids = new HashSet<>();

        // Act
        for (int nonce = -500; nonce < 500; nonce++) {
            ids.add(MosaicIdGenerator.generate(Fixtures.OTHER, nonce));
        }

        // Assert: half the hashes have bit 63 set, so a thousand ids would show a missing mask
        assertEquals(1000, ids.size());
        assertTrue(ids.stream().allMatch(id -> id.value() >= 0));
    }

    @Test
    void dependsOnNonceAndOwner() {
        // Act
        MosaicId base = MosaicIdGenerator.generate(Fixtures.OWNER, 42);

        // Assert
        assertNotEquals(base, MosaicIdGenerator.generate(Fixtures.OWNER, 43));
        assertNotEquals(base, MosaicIdGenerator.generate(Fixtures.OTHER, 42));
    }
}
