package io.sirius.plugin.mosaic.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.LevyHistoryItem;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevyEntrySerializerTest {
    /** The SDK vectors' recipient, v1 on mijin-test. */
    private static final String RECIPIENT = "907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E";
    private static final MosaicLevy PERCENTILE = new MosaicLevy(LevyType.PERCENTILE, Address.fromHex(RECIPIENT),
            new MosaicId(0x0DC67FBE1CAD29E3L), new Amount(150_000));
    private static final MosaicLevy ABSOLUTE = new MosaicLevy(LevyType.ABSOLUTE, Address.fromHex(RECIPIENT),
            Fixtures.MOSAIC, new Amount(7));
    /** A percentile levy in force; before it, at 20, none; before that, at 10, an absolute one. */
    private static final LevyEntry ENTRY = new LevyEntry(Fixtures.MOSAIC, Optional.of(PERCENTILE), List.of(
            new LevyHistoryItem(new Height(10), Optional.of(ABSOLUTE)), new LevyHistoryItem(new Height(20), Optional.empty())));
    private static final String GOLDEN = "D3812AE4724FCC36"
            + "01" + "02" + RECIPIENT + "E329AD1CBE7FC60D" + "F049020000000000"
            + "02000000"
            + "0A00000000000000" + "01" + "01" + RECIPIENT + "D3812AE4724FCC36" + "0700000000000000"
            + "1400000000000000" + "00";

    private final LevyEntrySerializer serializer = new LevyEntrySerializer();

    @Test
    void writesTheLevyAndItsHistory() {
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
        LevyEntry entry = serializer.read(in, 1);

        // Assert
        assertEquals(ENTRY, entry);
        assertTrue(in.isExhausted());
    }

    @Test
    void roundTripsThroughTheStoreWithAndWithoutALevyInForce() {
        // Arrange
        InMemoryState state = InMemoryState.of(LevyCache.DESCRIPTOR);
        LevyEntry removed = ENTRY.remove(new Height(30));
        LevyEntry fresh = LevyEntry.of(Fixtures.OTHER_MOSAIC, ABSOLUTE);

        // Act
        state.cache(LevyCache.DESCRIPTOR).put(removed.mosaicId(), removed);
        state.cache(LevyCache.DESCRIPTOR).put(fresh.mosaicId(), fresh);

        // Assert
        assertEquals(List.of(fresh, removed), state.entries(LevyCache.DESCRIPTOR));
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

    @ParameterizedTest
    @ValueSource(strings = {
        "D3812AE4724FCC36" + "02",
        "D3812AE4724FCC36" + "01" + "00",
        "D3812AE4724FCC36" + "01" + "03",
        "D3812AE4724FCC36" + "00" + "FFFFFF7F",
        "D3812AE4724FCC36" + "00" + "FFFFFFFF",
        "D3812AE4724FCC36" + "01" + "01" + "907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0F" + "0000000000000000"
                + "0100000000000000" + "00000000"})
    void refusesMalformedFields(String hex) {
        // Act and Assert: a bad flag, a levy of type none or 3, a lying history count, a negative one, a bad checksum
        assertThrows(DecodeException.class, () -> serializer.read(BinaryReader.of(Hex.decode(hex)), 1));
    }
}
