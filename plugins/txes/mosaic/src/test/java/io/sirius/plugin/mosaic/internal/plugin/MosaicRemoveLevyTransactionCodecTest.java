package io.sirius.plugin.mosaic.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyTransaction;
import org.junit.jupiter.api.Test;

class MosaicRemoveLevyTransactionCodecTest {
    private final MosaicRemoveLevyTransactionCodec codec = new MosaicRemoveLevyTransactionCodec();

    @Test
    void decodesAndReencodesByteForByte() {
        // Arrange
        byte[] body = Hex.decode("D3812AE4724FCC36");
        BinaryReader reader = BinaryReader.of(body);

        // Act
        MosaicRemoveLevyTransaction remove = codec.decode(reader, 1);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(remove, writer, 1);

        // Assert
        assertTrue(reader.isExhausted());
        assertEquals(new MosaicRemoveLevyTransaction(new UnresolvedMosaicId(0x36CC4F72E42A81D3L)), remove);
        assertArrayEquals(body, writer.toByteArray());
    }

    @Test
    void rejectsTruncatedInputAtEveryLength() {
        // Arrange
        byte[] body = Hex.decode("D3812AE4724FCC36");

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 1), "length " + length);
        }
    }
}
