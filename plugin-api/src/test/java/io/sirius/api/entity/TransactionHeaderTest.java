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

class TransactionHeaderTest {
    @Test
    void decodesTheFieldsOfAnSdkTransfer() {
        // Arrange
        byte[] payload = Golden.transfer();
        // Act
        TransactionHeader header = TransactionHeader.decode(BinaryReader.of(payload));
        // Assert
        assertEquals(179, header.size());
        assertEquals("1BAF4CAFFEBF9F26", header.signature().toHex().substring(0, 16));
        assertEquals("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117", header.signer().toHex());
        assertEquals(0x90, header.version().networkIdentifier());
        assertEquals(1, header.version().scheme());
        assertEquals(3, header.version().version());
        assertEquals(EntityTypes.TRANSFER, header.type());
        assertEquals(0, header.maxFee());
        assertEquals(0x38F3336400L, header.deadline().value());
    }

    @Test
    void encodesBackTheSame122Bytes() {
        // Arrange
        byte[] payload = Golden.transfer();
        TransactionHeader header = TransactionHeader.decode(BinaryReader.of(payload));
        BinaryWriter out = new BinaryWriter(TransactionHeader.SIZE);
        // Act
        header.encode(out);
        // Assert
        assertArrayEquals(Arrays.copyOf(payload, TransactionHeader.SIZE), out.toByteArray());
    }

    @Test
    void truncatedHeadersAndImpossibleSizesAreDecodeErrors() {
        // Arrange
        byte[] payload = Golden.transfer();
        byte[] tooSmall = payload.clone();
        Golden.putI32(tooSmall, 0, 121);
        // Act and Assert
        for (int length = 0; length < TransactionHeader.SIZE; length += 11) {
            byte[] cut = Arrays.copyOf(payload, length);
            DecodeException e = assertThrows(DecodeException.class, () -> TransactionHeader.decode(BinaryReader.of(cut)));
            assertTrue(e.getMessage().contains("transaction"), e.getMessage());
        }
        assertThrows(DecodeException.class, () -> TransactionHeader.decode(BinaryReader.of(tooSmall)));
    }
}
