package io.sirius.plugin.upgrade.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockchainUpgradeEntrySerializerTest {
    private static final BlockchainUpgradeEntry ENTRY = new BlockchainUpgradeEntry(new Height(0x0102030405060708L),
            BlockchainVersion.of(1, 9, 5, 0));
    private static final String GOLDEN = "0807060504030201" + "0000050009000100";

    private final BlockchainUpgradeEntrySerializer serializer = new BlockchainUpgradeEntrySerializer();

    @Test
    void writesVersionOneAsHeightThenVersion() {
        // Arrange
        BinaryWriter out = new BinaryWriter();

        // Act
        serializer.write(ENTRY, out);

        // Assert
        assertEquals(1, serializer.version());
        assertEquals(GOLDEN, Hex.encode(out.toByteArray()));
    }

    @Test
    void readsTheGoldenBytes() {
        // Arrange
        BinaryReader in = BinaryReader.of(Hex.decode(GOLDEN));

        // Act
        BlockchainUpgradeEntry entry = serializer.read(in, 1);

        // Assert
        assertEquals(ENTRY, entry);
        assertTrue(in.isExhausted());
    }

    @Test
    void roundTripsThroughTheStoreWithExtremeValues() {
        // Arrange
        InMemoryState state = InMemoryState.of(BlockchainUpgradeCache.DESCRIPTOR);
        BlockchainUpgradeEntry largest = new BlockchainUpgradeEntry(new Height(-1), new BlockchainVersion(-1));

        // Act
        state.cache(BlockchainUpgradeCache.DESCRIPTOR).put(ENTRY.height(), ENTRY);
        state.cache(BlockchainUpgradeCache.DESCRIPTOR).put(largest.height(), largest);

        // Assert
        assertEquals(List.of(ENTRY, largest), state.entries(BlockchainUpgradeCache.DESCRIPTOR));
        assertEquals(Map.of("blockchain_upgrade", Map.of("0102030405060708", "v1:" + GOLDEN,
                "FFFFFFFFFFFFFFFF", "v1:" + "FF".repeat(16))), state.snapshot());
    }

    @Test
    void rejectsUnknownVersionsAndShortEntries() {
        // Act
        DecodeException version = assertThrows(DecodeException.class, () -> serializer.read(BinaryReader.of(Hex.decode(GOLDEN)), 2));
        DecodeException shortEntry = assertThrows(DecodeException.class,
                () -> serializer.read(BinaryReader.of(Hex.decode(GOLDEN.substring(0, 30))), 1));

        // Assert
        assertTrue(version.getMessage().contains("version 2"), version.getMessage());
        assertTrue(shortEntry.getMessage().contains("blockChainVersion"), shortEntry.getMessage());
    }

    @Test
    void theCacheIsSiriusCacheThirteen() {
        // Act and Assert
        assertEquals("blockchain_upgrade", BlockchainUpgradeCache.DESCRIPTOR.name());
        assertEquals(13, BlockchainUpgradeCache.DESCRIPTOR.cacheId());
    }
}
