package io.sirius.plugin.metadata.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.state.MetadataCache;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataEntrySerializerTest {
    private static final String KEY_FIELDS = "90E19DF82616CD2347ACCCA3246E9FE50EA6C50F1FF6E13878"
            + "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF" + "859CBD19B98E068F";
    /** A version 1 account entry holding "hello". */
    private static final String PLAIN = "01000000" + KEY_FIELDS + "0000000000000000" + "00" + "0500" + "68656C6C6F";
    /** A version 2 mosaic entry holding "hi", immutable. */
    private static final String EXTENDED = "02000000" + KEY_FIELDS + "E329AD1CBE7FC60D" + "01" + "0200" + "6869" + "01";

    private static final MetadataEntry PLAIN_ENTRY = Fixtures.plainEntry("hello");
    private static final MetadataEntry EXTENDED_ENTRY = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET,
            Fixtures.NAME_KEY, MetadataType.MOSAIC, Fixtures.MOSAIC), Fixtures.bytes("hi"), 2, true);

    private final MetadataEntrySerializer serializer = new MetadataEntrySerializer();

    private String write(MetadataEntry entry) {
        BinaryWriter out = new BinaryWriter();
        serializer.write(entry, out);
        return Hex.encode(out.toByteArray());
    }

    private MetadataEntry read(String hex) {
        BinaryReader in = BinaryReader.of(Hex.decode(hex));
        MetadataEntry entry = serializer.read(in, 1);
        assertTrue(in.isExhausted());
        return entry;
    }

    @Test
    void writesSiriussEntryBytes() {
        // Act and Assert
        assertEquals(1, serializer.version());
        assertEquals(PLAIN, write(PLAIN_ENTRY));
        assertEquals(EXTENDED, write(EXTENDED_ENTRY));
    }

    @Test
    void readsTheGoldenBytes() {
        // Act and Assert
        assertEquals(PLAIN_ENTRY, read(PLAIN));
        assertEquals(EXTENDED_ENTRY, read(EXTENDED));
    }

    @Test
    void roundTripsThroughTheStoreUnderTheCompositeHash() {
        // Arrange
        InMemoryState state = InMemoryState.of(MetadataCache.DESCRIPTOR);
        MetadataEntry largest = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, -1, MetadataType.NAMESPACE,
                -1), new byte[0xFFFF], 2, false);

        // Act
        for (MetadataEntry entry : List.of(PLAIN_ENTRY, EXTENDED_ENTRY, largest)) {
            state.cache(MetadataCache.DESCRIPTOR).put(entry.key().compositeHash(), entry);
        }

        // Assert
        assertEquals(3, state.entries(MetadataCache.DESCRIPTOR).size());
        assertTrue(state.entries(MetadataCache.DESCRIPTOR).containsAll(List.of(PLAIN_ENTRY, EXTENDED_ENTRY, largest)));
        assertEquals("v1:" + PLAIN,
                state.snapshot().get("metadata_v2").get("E92A2D4232698A6D63CFF470542EE759DC2C8303E776728398B7243B0AFD4DDF"));
    }

    @Test
    void rejectsTruncationAtEveryLength() {
        // Arrange
        byte[] bytes = Hex.decode(EXTENDED);

        // Act and Assert
        for (int length = 0; length < bytes.length; length++) {
            BinaryReader in = BinaryReader.of(bytes, 0, length);
            assertThrows(DecodeException.class, () -> serializer.read(in, 1), "length " + length);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // entry versions other than 1 and 2
        "00000000", "03000000",
        // a source address with a wrong checksum
        "checksum",
        // an unknown metadata type
        "type",
        // an account entry with a target id
        "accountId",
        // an empty value
        "empty",
        // an immutability flag that is not 0 or 1
        "flag",
        // a value size larger than what remains
        "lying"})
    void rejectsBytesNoEntryWrites(String variant) {
        // Arrange
        String hex = switch (variant) {
            case "checksum" -> PLAIN.substring(0, 48) + "FF" + PLAIN.substring(50);
            case "type" -> PLAIN.replace("0000000000000000" + "00" + "0500", "0000000000000000" + "03" + "0500");
            case "accountId" -> PLAIN.replace("0000000000000000" + "00" + "0500", "0100000000000000" + "00" + "0500");
            case "empty" -> "01000000" + KEY_FIELDS + "0000000000000000" + "00" + "0000";
            case "flag" -> EXTENDED.substring(0, EXTENDED.length() - 2) + "02";
            case "lying" -> "01000000" + KEY_FIELDS + "0000000000000000" + "00" + "0600" + "68656C6C6F";
            default -> variant + PLAIN.substring(8);
        };

        // Act and Assert
        assertThrows(DecodeException.class, () -> serializer.read(BinaryReader.of(Hex.decode(hex)), 1));
    }

    @Test
    void knowsOnlyLayoutOne() {
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> serializer.read(BinaryReader.of(Hex.decode(PLAIN)), 2));

        // Assert
        assertTrue(e.getMessage().contains("layout 2"), e.getMessage());
    }

    @Test
    void theCacheIsSiriusCacheTwenty() {
        // Act and Assert
        assertEquals("metadata_v2", MetadataCache.DESCRIPTOR.name());
        assertEquals(20, MetadataCache.DESCRIPTOR.cacheId());
    }
}
