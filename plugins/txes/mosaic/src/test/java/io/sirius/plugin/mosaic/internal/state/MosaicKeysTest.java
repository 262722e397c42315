package io.sirius.plugin.mosaic.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import java.util.Arrays;
import io.sirius.api.state.KeyCodec;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.MosaicCache;
import org.junit.jupiter.api.Test;

/** The mosaic and levy caches' keys: mosaic ids as 8 big-endian bytes. */
class MosaicKeysTest {
    private final KeyCodec<MosaicId> codec = MosaicCache.DESCRIPTOR.keys();

    @Test
    void writesTheIdBigEndianAndReadsItBack() {
        // Act
        byte[] bytes = codec.encode(new MosaicId(0x36CC4F72E42A81D3L));

        // Assert
        assertArrayEquals(Hex.decode("36CC4F72E42A81D3"), bytes);
        assertEquals(new MosaicId(0x36CC4F72E42A81D3L), codec.decode(bytes));
    }

    @Test
    void theLevyCacheKeysLevyEntriesByTheSameBytes() {
        // Act and Assert
        assertArrayEquals(codec.encode(new MosaicId(0x36CC4F72E42A81D3L)),
                LevyCache.DESCRIPTOR.keys().encode(new MosaicId(0x36CC4F72E42A81D3L)));
    }

    @Test
    void keysSortAsUnsignedIds() {
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
    void refusesKeysOfTheWrongSize() {
        // Act and Assert
        assertThrows(DecodeException.class, () -> codec.decode(new byte[7]));
        assertThrows(DecodeException.class, () -> codec.decode(new byte[9]));
    }
}
