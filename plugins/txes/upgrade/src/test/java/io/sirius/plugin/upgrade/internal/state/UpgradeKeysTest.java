package io.sirius.plugin.upgrade.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import io.sirius.api.state.KeyCodec;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The upgrade cache's keys: heights as 8 big-endian bytes. */
class UpgradeKeysTest {
    private final KeyCodec<Height> codec = BlockchainUpgradeCache.DESCRIPTOR.keys();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"0, 0000000000000000", "1, 0000000000000001", "360, 0000000000000168",
        "81985529216486895, 0123456789ABCDEF", "-1, FFFFFFFFFFFFFFFF"})
    void writesHeightsBigEndian(long height, String hex) {
        // Act
        byte[] bytes = codec.encode(new Height(height));

        // Assert
        assertEquals(hex, Hex.encode(bytes));
        assertEquals(new Height(height), codec.decode(bytes));
    }

    @Test
    void ordersKeysByHeightAsTheStoreOrdersBytes() {
        // Arrange: uint64 order, the top bit set last
        List<Height> heights = List.of(new Height(1), new Height(255), new Height(256), new Height(1L << 40), new Height(-1));

        // Act
        List<Height> byBytes = Stream.of(4, 2, 0, 3, 1).map(heights::get)
                .sorted(Comparator.comparing(codec::encode, Arrays::compareUnsigned))
                .toList();

        // Assert
        assertEquals(heights, byBytes);
    }

    @Test
    void rejectsKeysOfAnotherLength() {
        // Act and Assert
        assertThrows(DecodeException.class, () -> codec.decode(new byte[7]));
        assertThrows(DecodeException.class, () -> codec.decode(new byte[9]));
    }
}
