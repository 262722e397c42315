package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.entity.Transaction;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hex;
import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import org.junit.jupiter.api.Test;

class RegisterNamespaceTransactionCodecTest {
    /** sdk-vectors.json register_root_namespace_v1: root "sirius-harness", duration 1000 blocks, signed. */
    static final String ROOT_PAYLOAD = "9A0000009B51E4793054697548D167B5D6BB16FD7C6B985844B8077EE458F589D7D8BE353A5C2CE20FABE0"
            + "09DC1E6D0248E83DC693471699DA75BACAEDE24D3F2AA73B0E817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117"
            + "020001904E410000000000000000006433F33800000000E8030000000000009061AB880C9E41B60E7369726975732D6861726E657373";
    /** sdk-vectors.json register_sub_namespace_v1: "sub" under "sirius-harness", signed. */
    static final String SUB_PAYLOAD = "8F00000056A5098C3665AF7ED997A48512353683AB0F58BF6B4FEA93E47C1D7B561C352F944A4ADC715290B"
            + "763B4B28FD78BBD31081F9AC69429F44871B83D26AFAA7205817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117"
            + "020001904E410000000000000000006433F338000000019061AB880C9E41B6C652A71D93260C8603737562";

    private final RegisterNamespaceTransactionCodec codec = new RegisterNamespaceTransactionCodec();

    private RegisterNamespaceTransaction decodeBody(Transaction transaction) {
        BinaryReader reader = BinaryReader.of(transaction.body());
        RegisterNamespaceTransaction body = codec.decode(reader, transaction.header().version().version());
        assertTrue(reader.isExhausted(), "every body byte is read");
        return body;
    }

    private byte[] reencode(Transaction transaction, RegisterNamespaceTransaction body) {
        BinaryWriter writer = new BinaryWriter();
        codec.encode(body, writer, NamespaceTypes.REGISTER_NAMESPACE_VERSION);
        return new Transaction(transaction.header(), writer.toByteArray()).encode();
    }

    @Test
    void decodesTheSdkRootVectorAndReencodesItByteForByte() {
        // Arrange
        byte[] payload = Hex.decode(ROOT_PAYLOAD);
        Transaction transaction = Transaction.decode(payload);

        // Act
        RegisterNamespaceTransaction body = decodeBody(transaction);

        // Assert
        assertEquals(NamespaceTypes.REGISTER_NAMESPACE, transaction.header().type());
        assertEquals(RegisterNamespaceTransaction.root(new BlockDuration(1000), "sirius-harness"), body);
        assertEquals(new NamespaceId(0xB6419E0C88AB6190L), body.namespaceId());
        assertArrayEquals(payload, reencode(transaction, body));
    }

    @Test
    void decodesTheSdkSubVectorAndReencodesItByteForByte() {
        // Arrange
        byte[] payload = Hex.decode(SUB_PAYLOAD);
        Transaction transaction = Transaction.decode(payload);

        // Act
        RegisterNamespaceTransaction body = decodeBody(transaction);

        // Assert
        assertEquals(RegisterNamespaceTransaction.child(NamespaceIds.of("sirius-harness"), "sub"), body);
        assertEquals(new NamespaceId(0x860C26931DA752C6L), body.namespaceId());
        assertArrayEquals(payload, reencode(transaction, body));
    }

    @Test
    void keepsAnUnknownTypeAndNonAsciiNameBytesExactly() {
        // Arrange: type 7, name bytes FF 00 41
        byte[] body = Hex.decode("07" + "0100000000000000" + "0200000000000000" + "03" + "FF0041");

        // Act
        RegisterNamespaceTransaction decoded = codec.decode(BinaryReader.of(body), 2);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(decoded, writer, 2);

        // Assert
        assertEquals(7, decoded.namespaceType());
        assertEquals("\u00FF\u0000A", decoded.name());
        assertArrayEquals(body, writer.toByteArray());
    }

    @Test
    void rejectsTruncatedBodiesAtEveryLength() {
        // Arrange
        byte[] body = Transaction.decode(Hex.decode(ROOT_PAYLOAD)).body();

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 2), "length " + length);
        }
    }

    @Test
    void rejectsANameSizeLargerThanTheBodyAndUnknownVersions() {
        // Arrange
        byte[] body = Hex.decode("00" + "0100000000000000" + "0200000000000000" + "FF" + "61");

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(body), 2));

        // Assert
        assertTrue(e.getMessage().contains("Name needs 255 bytes"), e.getMessage());
        assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(body), 1));
        assertThrows(DecodeException.class, () -> codec.encode(RegisterNamespaceTransaction.root(new BlockDuration(1), "a"),
                new BinaryWriter(), 3));
    }
}
