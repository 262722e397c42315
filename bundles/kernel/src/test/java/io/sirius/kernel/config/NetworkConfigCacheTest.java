package io.sirius.kernel.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Height;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NetworkConfig cache's keys (heights, big endian so they sort) and its version 1 entry serializer.
 */
class NetworkConfigCacheTest {
    private static final NetworkConfigEntry ENTRY = new NetworkConfigEntry(new Height(1234),
            CoreFixture.devnetText() + "\n# ünïcödé\n", CoreFixture.devnetEntities());

    private static byte[] write(NetworkConfigEntry entry) {
        BinaryWriter out = new BinaryWriter();
        NetworkConfigCache.DESCRIPTOR.entries().write(entry, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 255, 256, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, -1})
    void heightsAreEightBigEndianBytes(long height) {
        // Act
        byte[] key = NetworkConfigCache.DESCRIPTOR.keys().encode(new Height(height));

        // Assert
        assertArrayEquals(ByteBuffer.allocate(8).putLong(height).array(), key);
        assertEquals(new Height(height), NetworkConfigCache.DESCRIPTOR.keys().decode(key));
    }

    @Test
    void keysSortByUnsignedHeight() {
        // Arrange
        long[] heights = {0, 1, 255, 256, 65_536, Long.MAX_VALUE, Long.MIN_VALUE, -1};

        for (int i = 1; i < heights.length; i++) {
            // Act
            byte[] lower = NetworkConfigCache.DESCRIPTOR.keys().encode(new Height(heights[i - 1]));
            byte[] higher = NetworkConfigCache.DESCRIPTOR.keys().encode(new Height(heights[i]));

            // Assert
            assertTrue(Arrays.compareUnsigned(lower, higher) < 0, Long.toUnsignedString(heights[i]));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 9})
    void aKeyOfAnotherSizeIsRefused(int size) {
        // Act
        DecodeException e = assertThrows(DecodeException.class,
                () -> NetworkConfigCache.DESCRIPTOR.keys().decode(new byte[size]));

        // Assert
        assertTrue(e.getMessage().contains(String.valueOf(size)), e.getMessage());
    }

    @Test
    void anEntryRoundTrips() {
        // Act
        NetworkConfigEntry read = NetworkConfigCache.DESCRIPTOR.entries().read(BinaryReader.of(write(ENTRY)), 1);

        // Assert
        assertEquals(ENTRY, read);
    }

    @Test
    void anEntryIsTheDocumentedLayout() {
        // Arrange: height u64 | text size u32 | text | JSON size u32 | JSON, little endian, UTF-8
        byte[] text = ENTRY.text().getBytes(StandardCharsets.UTF_8);
        byte[] json = ENTRY.supportedEntitiesJson().getBytes(StandardCharsets.UTF_8);
        ByteBuffer expected = ByteBuffer.allocate(8 + 4 + text.length + 4 + json.length).order(ByteOrder.LITTLE_ENDIAN);
        expected.putLong(1234).putInt(text.length).put(text).putInt(json.length).put(json);

        // Act
        byte[] bytes = write(ENTRY);

        // Assert
        assertEquals(1, NetworkConfigCache.DESCRIPTOR.entries().version());
        assertArrayEquals(expected.array(), bytes);
    }

    @Test
    void anUnknownVersionIsRefused() {
        // Act
        DecodeException e = assertThrows(DecodeException.class,
                () -> NetworkConfigCache.DESCRIPTOR.entries().read(BinaryReader.of(write(ENTRY)), 2));

        // Assert
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    }

    @Test
    void aTruncatedEntryIsRefused() {
        // Arrange
        byte[] bytes = write(ENTRY);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 1);

        // Act / Assert
        assertThrows(DecodeException.class, () -> NetworkConfigCache.DESCRIPTOR.entries().read(BinaryReader.of(truncated), 1));
    }

    @Test
    void anEntryParsesToItsConfiguration() {
        // Act
        NetworkConfiguration config = new NetworkConfigEntry(new Height(1), CoreFixture.devnetText(),
                CoreFixture.devnetEntities()).parse();

        // Assert
        assertEquals(CoreFixture.networkKey(), config.networkPublicKey());
    }

    @Test
    void anEntryNeedsAllItsParts() {
        // Act / Assert
        assertThrows(NullPointerException.class, () -> new NetworkConfigEntry(null, "", ""));
        assertThrows(NullPointerException.class, () -> new NetworkConfigEntry(new Height(1), null, ""));
        assertThrows(NullPointerException.class, () -> new NetworkConfigEntry(new Height(1), "", null));
    }
}
