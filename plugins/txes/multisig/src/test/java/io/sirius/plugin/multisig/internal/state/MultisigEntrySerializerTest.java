package io.sirius.plugin.multisig.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Hex;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.multisig.state.MultisigEntry;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultisigEntrySerializerTest {
    private static final String ADDRESS_1 = "90A991D03CBA797AED52A061E6BF2F7F238D8A85CFBD394080";
    /** A 2-of-2 (removal 1) multisig of accounts 3 and 2 that itself cosigns account 9. */
    private static final String GOLDEN = "02" + "01" + "01".repeat(32) + ADDRESS_1
            + "0200000000000000" + "02".repeat(32) + "03".repeat(32)
            + "0100000000000000" + "09".repeat(32);

    private final MultisigEntrySerializer serializer = new MultisigEntrySerializer();

    private static MultisigEntry entry() {
        return new MultisigEntry(Fixtures.key(1), Fixtures.address(Fixtures.key(1)), 2, 1,
                List.of(Fixtures.key(3), Fixtures.key(2)), List.of(Fixtures.key(9)));
    }

    private static byte[] write(MultisigEntry entry) {
        BinaryWriter out = new BinaryWriter();
        new MultisigEntrySerializer().write(entry, out);
        return out.toByteArray();
    }

    @Test
    void writesSiriussLayoutWithTheAddressAfterTheKeyInKeyOrder() {
        // Act
        byte[] bytes = write(entry());

        // Assert
        assertEquals(Address.fromHex(ADDRESS_1), Fixtures.address(Fixtures.key(1)));
        assertEquals(GOLDEN, Hex.encode(bytes));
        assertEquals(1, serializer.version());
    }

    @Test
    void readsTheGoldenBytesBack() {
        // Arrange
        BinaryReader in = BinaryReader.of(Hex.decode(GOLDEN));

        // Act
        MultisigEntry read = serializer.read(in, 1);

        // Assert
        assertTrue(in.isExhausted());
        assertEquals(entry(), read);
        assertEquals(List.of(Fixtures.key(2), Fixtures.key(3)), read.cosignatories());
    }

    @Test
    void roundTripsEmptyListsAndExtremeMinimums() {
        // Arrange
        MultisigEntry entry = new MultisigEntry(Fixtures.key(0xFF), Fixtures.address(Fixtures.key(0xFF)), 255, 0, List.of(),
                List.of(Fixtures.key(0x80), Fixtures.key(0x7F)));

        // Act
        MultisigEntry read = serializer.read(BinaryReader.of(write(entry)), 1);

        // Assert: 0x7F sorts before 0x80 as unsigned bytes
        assertEquals(entry, read);
        assertEquals(List.of(Fixtures.key(0x7F), Fixtures.key(0x80)), read.multisigAccounts());
        assertArrayEquals(write(entry), write(read));
    }

    @Test
    void theStateRoundTripsEntriesThroughTheCacheDescriptor() {
        // Arrange: the testkit writes and reads every entry back through the descriptor
        InMemoryState state = InMemoryState.of(MultisigCache.DESCRIPTOR);

        // Act
        state.cache(MultisigCache.DESCRIPTOR).put(Fixtures.key(1), entry());

        // Assert
        assertEquals(entry(), state.cache(MultisigCache.DESCRIPTOR).find(Fixtures.key(1)).orElseThrow());
        assertEquals("01".repeat(32), state.snapshot().get(MultisigCache.NAME).keySet().iterator().next());
    }

    @Test
    void refusesAnUnknownVersion() {
        // Act
        DecodeException e = assertThrows(DecodeException.class,
                () -> serializer.read(BinaryReader.of(Hex.decode(GOLDEN)), 2));

        // Assert
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    }

    @Test
    void refusesEveryTruncation() {
        // Arrange
        byte[] bytes = Hex.decode(GOLDEN);

        // Act and Assert
        for (int length = 0; length < bytes.length; length++) {
            BinaryReader in = BinaryReader.of(bytes, 0, length);
            assertThrows(DecodeException.class, () -> serializer.read(in, 1), "length " + length);
        }
    }

    @ParameterizedTest(name = "count {0}")
    @ValueSource(strings = {"0300000000000000", "FFFFFFFFFFFFFFFF", "0000000001000000"})
    void refusesACosignatoryCountBeyondTheBytesLeft(String count) {
        // Arrange
        byte[] bytes = Hex.decode(GOLDEN.replace("0200000000000000" + "02".repeat(32), count + "02".repeat(32)));

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> serializer.read(BinaryReader.of(bytes), 1));

        // Assert
        assertTrue(e.getMessage().contains("cosignatories"), e.getMessage());
    }

    @Test
    void refusesKeysOutOfOrderOrRepeated() {
        // Arrange
        byte[] unsorted = Hex.decode(GOLDEN.replace("02".repeat(32) + "03".repeat(32), "03".repeat(32) + "02".repeat(32)));
        byte[] repeated = Hex.decode(GOLDEN.replace("02".repeat(32) + "03".repeat(32), "02".repeat(32) + "02".repeat(32)));

        // Act and Assert
        assertThrows(DecodeException.class, () -> serializer.read(BinaryReader.of(unsorted), 1));
        assertThrows(DecodeException.class, () -> serializer.read(BinaryReader.of(repeated), 1));
    }

    @Test
    void refusesAnAddressWithAWrongChecksum() {
        // Arrange
        byte[] bytes = Hex.decode(GOLDEN.replace(ADDRESS_1, ADDRESS_1.substring(0, 48) + "81"));

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> serializer.read(BinaryReader.of(bytes), 1));

        // Assert
        assertTrue(e.getMessage().contains("accountAddress"), e.getMessage());
    }
}
