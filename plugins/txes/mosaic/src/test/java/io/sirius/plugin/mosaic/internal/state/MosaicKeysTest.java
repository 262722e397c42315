package io.sirius.plugin.mosaic.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
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
    void refusesKeysOfTheWrongSize() {
        // Act and Assert
        assertThrows(DecodeException.class, () -> codec.decode(new byte[7]));
        assertThrows(DecodeException.class, () -> codec.decode(new byte[9]));
    }
}
