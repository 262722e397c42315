package io.sirius.api.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyCodecTest {
    private final KeyCodec<MosaicId> codec = KeyCodec.uint64("a mosaic id key", MosaicId::value, MosaicId::new);

    @Test
    void writesTheValueBigEndianAndReadsItBack() {
        // Act
        byte[] bytes = codec.encode(new MosaicId(0x36CC4F72E42A81D3L));
        byte[] height = KeyCodec.uint64("a height key", Height::value, Height::new).encode(new Height(258));

        // Assert
        assertArrayEquals(Hex.decode("36CC4F72E42A81D3"), bytes);
        assertEquals(new MosaicId(0x36CC4F72E42A81D3L), codec.decode(bytes));
        assertArrayEquals(Hex.decode("0000000000000102"), height);
    }

    @Test
    void keysSortAsUnsignedValues() {
        // Arrange
        long[] ids = {0, 1, 0xFF, 0x100, Long.MAX_VALUE, Long.MIN_VALUE, -1};

        // Act and Assert
        for (int i = 1; i < ids.length; i++) {
            byte[] lower = codec.encode(new MosaicId(ids[i - 1]));
            byte[] higher = codec.encode(new MosaicId(ids[i]));
            assertTrue(Arrays.compareUnsigned(lower, higher) < 0, Long.toHexString(ids[i]));
        }
    }

    @Test
    void refusesKeysOfTheWrongSizeSayingWhatTheyAre() {
        // Act and Assert
        assertEquals("a mosaic id key is 8 bytes, not 7",
                assertThrows(DecodeException.class, () -> codec.decode(new byte[7])).getMessage());
        assertThrows(DecodeException.class, () -> codec.decode(new byte[9]));
    }
}
