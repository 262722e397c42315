package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.model.AliasAction;
import io.sirius.plugin.namespace.model.MosaicAliasTransaction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MosaicAliasTransactionCodecTest {
    /**
     * Unlink prx.xpx (0xBFFB42A19116BDF6) from the SDK vectors' mosaic 0x36CC4F72E42A81D3 (nonce 42, signer):
     * AliasAction | NamespaceId | MosaicId, little endian.
     */
    private static final String UNLINK = "01" + "F6BD1691A142FBBF" + "D3812AE4724FCC36";

    private final MosaicAliasTransactionCodec codec = new MosaicAliasTransactionCodec();

    @Test
    void readsTheLayoutAndWritesItBack() {
        // Arrange
        byte[] body = Hex.decode(UNLINK);

        // Act
        BinaryReader reader = BinaryReader.of(body);
        MosaicAliasTransaction decoded = codec.decode(reader, 1);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(decoded, writer, 1);

        // Assert
        assertTrue(reader.isExhausted());
        assertEquals(new MosaicAliasTransaction(1, new NamespaceId(0xBFFB42A19116BDF6L), new MosaicId(0x36CC4F72E42A81D3L)),
                decoded);
        assertEquals(Optional.of(AliasAction.UNLINK), decoded.action());
        assertArrayEquals(body, writer.toByteArray());
    }

    @Test
    void rejectsTruncatedBodiesAtEveryLengthAndUnknownVersions() {
        // Arrange
        byte[] body = Hex.decode(UNLINK);

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 1), "length " + length);
        }
        assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(body), 2));
    }
}
