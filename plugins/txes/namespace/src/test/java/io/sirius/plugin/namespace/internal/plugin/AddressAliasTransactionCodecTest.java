package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Hex;
import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.model.AddressAliasTransaction;
import io.sirius.plugin.namespace.model.AliasAction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressAliasTransactionCodecTest {
    /** The SDK vectors' recipient, SB7HO7JI7NVYVQBRHH7MUOP5W6OAUAPMCHSUVXYO, as 25 bytes. */
    private static final String RECIPIENT = "907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E";
    /** Link prx.xpx (id 0xBFFB42A19116BDF6, little endian) to the recipient: AliasAction | NamespaceId | Address. */
    private static final String LINK = "00" + "F6BD1691A142FBBF" + RECIPIENT;

    private final AddressAliasTransactionCodec codec = new AddressAliasTransactionCodec();

    @Test
    void readsTheLayoutAndWritesItBack() {
        // Arrange
        byte[] body = Hex.decode(LINK);

        // Act
        BinaryReader reader = BinaryReader.of(body);
        AddressAliasTransaction decoded = codec.decode(reader, 1);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(decoded, writer, 1);

        // Assert
        assertTrue(reader.isExhausted());
        assertEquals(Optional.of(AliasAction.LINK), decoded.action());
        assertEquals(new NamespaceId(0xBFFB42A19116BDF6L), decoded.namespaceId());
        assertEquals(Address.parse("SB7HO7JI7NVYVQBRHH7MUOP5W6OAUAPMCHSUVXYO"), decoded.address());
        assertArrayEquals(body, writer.toByteArray());
    }

    @Test
    void keepsAnUnknownActionForTheValidator() {
        // Act
        AddressAliasTransaction decoded = codec.decode(BinaryReader.of(Hex.decode("05" + LINK.substring(2))), 1);

        // Assert
        assertEquals(5, decoded.aliasAction());
        assertEquals(Optional.empty(), decoded.action());
    }

    @Test
    void rejectsTruncatedBodiesAtEveryLength() {
        // Arrange
        byte[] body = Hex.decode(LINK);

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 1), "length " + length);
        }
    }

    @Test
    void rejectsAnAddressThatIsNotOneAndUnknownVersions() {
        // Arrange: the last checksum byte changed; an alias (low bit of byte 0 set); an unknown network byte
        byte[] badChecksum = Hex.decode(LINK.substring(0, LINK.length() - 2) + "0F");
        byte[] alias = Hex.decode("00" + "F6BD1691A142FBBF" + "91" + RECIPIENT.substring(2));
        byte[] network = Hex.decode("00" + "F6BD1691A142FBBF" + "42" + RECIPIENT.substring(2));

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(badChecksum), 1));

        // Assert
        assertTrue(e.getMessage().contains("not an address"), e.getMessage());
        assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(alias), 1));
        assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(network), 1));
        assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(Hex.decode(LINK)), 2));
    }
}
