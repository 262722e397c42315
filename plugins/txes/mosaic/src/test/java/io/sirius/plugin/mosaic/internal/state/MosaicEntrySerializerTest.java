package io.sirius.plugin.mosaic.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicDefinition;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import org.junit.jupiter.api.Test;

class MosaicEntrySerializerTest {
    /** Supply 1000, defined at 5 by the vector signer, revision 2, flags 3, divisibility 3, duration 1000. */
    private static final MosaicEntry ENTRY = new MosaicEntry(Fixtures.MOSAIC, new Amount(1000),
            new MosaicDefinition(new Height(5), Fixtures.OWNER, 2, new MosaicProperties(3, 3, new BlockDuration(1000))));
    private static final String GOLDEN = "D3812AE4724FCC36" + "E803000000000000" + "0500000000000000"
            + "817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117" + "02000000"
            + "0300000000000000" + "0300000000000000" + "E803000000000000";

    private final MosaicEntrySerializer serializer = new MosaicEntrySerializer();

    @Test
    void writesSiriussFieldsInOrder() {
        // Act
        BinaryWriter out = new BinaryWriter();
        serializer.write(ENTRY, out);

        // Assert
        assertEquals(1, serializer.version());
        assertArrayEquals(Hex.decode(GOLDEN), out.toByteArray());
    }

    @Test
    void readsTheGoldenBytesBack() {
        // Arrange
        BinaryReader in = BinaryReader.of(Hex.decode(GOLDEN));

        // Act
        MosaicEntry entry = serializer.read(in, 1);

        // Assert
        assertEquals(ENTRY, entry);
        assertTrue(in.isExhausted());
    }

    @Test
    void roundTripsThroughTheStore() {
        // Arrange
        InMemoryState state = InMemoryState.of(MosaicCache.DESCRIPTOR);
        MosaicEntry extreme = new MosaicEntry(Fixtures.OTHER_MOSAIC, new Amount(-1), new MosaicDefinition(new Height(-1),
                Fixtures.OTHER, -1, new MosaicProperties(-1, -1, new BlockDuration(-1))));

        // Act
        state.cache(MosaicCache.DESCRIPTOR).put(ENTRY.mosaicId(), ENTRY);
        state.cache(MosaicCache.DESCRIPTOR).put(extreme.mosaicId(), extreme);

        // Assert
        assertEquals(List.of(extreme, ENTRY), state.entries(MosaicCache.DESCRIPTOR));
    }

    @Test
    void refusesUnknownVersionsAndTruncatedBytes() {
        // Arrange
        byte[] bytes = Hex.decode(GOLDEN);

        // Act and Assert
        assertThrows(DecodeException.class, () -> serializer.read(BinaryReader.of(bytes), 2));
        for (int length = 0; length < bytes.length; length++) {
            BinaryReader in = BinaryReader.of(bytes, 0, length);
            assertThrows(DecodeException.class, () -> serializer.read(in, 1), "length " + length);
        }
    }
}
