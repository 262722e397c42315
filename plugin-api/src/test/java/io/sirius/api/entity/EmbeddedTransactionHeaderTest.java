package io.sirius.api.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EmbeddedTransactionHeaderTest {
    private static byte[] header() {
        return Arrays.copyOfRange(Golden.aggregateV2(), AggregateTransaction.PAYLOAD_OFFSET,
                AggregateTransaction.PAYLOAD_OFFSET + EmbeddedTransactionHeader.SIZE);
    }

    @Test
    void isSizeSignerVersionAndTypeIn42Bytes() {
        // Arrange
        byte[] bytes = header();
        // Act
        EmbeddedTransactionHeader decoded = EmbeddedTransactionHeader.decode(BinaryReader.of(bytes));
        BinaryWriter out = new BinaryWriter(EmbeddedTransactionHeader.SIZE);
        decoded.encode(out);
        // Assert
        assertEquals(99, decoded.size());
        assertEquals("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117", decoded.signer().toHex());
        assertEquals(0x90010003, decoded.version().raw());
        assertEquals(EntityTypes.TRANSFER, decoded.type());
        assertArrayEquals(bytes, out.toByteArray());
    }

    @Test
    void truncationAndImpossibleSizesAreDecodeErrors() {
        // Arrange
        byte[] tooSmall = header();
        Golden.putI32(tooSmall, 0, EmbeddedTransactionHeader.SIZE - 1);
        byte[] negative = header();
        Golden.putI32(negative, 0, -1);
        // Act and Assert
        assertThrows(DecodeException.class, () -> EmbeddedTransactionHeader.decode(BinaryReader.of(Arrays.copyOf(header(), 41))));
        assertTrue(assertThrows(DecodeException.class, () -> EmbeddedTransactionHeader.decode(BinaryReader.of(tooSmall)))
                .getMessage().contains("smaller than its 42-byte header"));
        assertThrows(DecodeException.class, () -> EmbeddedTransactionHeader.decode(BinaryReader.of(negative)));
    }
}
