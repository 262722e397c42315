package io.sirius.plugin.namespace.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.state.NamespaceKey;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamespaceKeyCodecTest {
    private static final Address OWNER_ADDRESS = Fixtures.address(Fixtures.OWNER);
    private final NamespaceKeyCodec codec = new NamespaceKeyCodec();

    static Stream<Arguments> golden() {
        return Stream.of(
                Arguments.of(new NamespaceKey.Namespace(new NamespaceId(0xB16D77FD8B6FB3BEL)), "01B16D77FD8B6FB3BE"),
                Arguments.of(new NamespaceKey.Expiry(new Height(0x0102)), "020000000000000102"),
                Arguments.of(new NamespaceKey.Owner(Fixtures.OWNER), "03" + Fixtures.OWNER.toHex()),
                Arguments.of(new NamespaceKey.OwnerAddress(OWNER_ADDRESS), "04" + OWNER_ADDRESS.toHex()),
                Arguments.of(new NamespaceKey.AliasedAddress(OWNER_ADDRESS), "05" + OWNER_ADDRESS.toHex()),
                Arguments.of(new NamespaceKey.AliasedMosaic(new MosaicId(0x0DC67FBE1CAD29E3L)), "060DC67FBE1CAD29E3"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("golden")
    void writesTheKindByteThenTheFieldAndReadsItBack(NamespaceKey key, String hex) {
        // Act
        byte[] bytes = codec.encode(key);

        // Assert
        assertEquals(hex, Hex.encode(bytes));
        assertEquals(key, codec.decode(bytes));
    }

    @Test
    void ordersEachKindByValueAsUint64() {
        // Arrange
        List<Long> heights = List.of(1L, 255L, 256L, 0x7FFFFFFFFFFFFFFFL, 0x8000000000000000L, -1L);

        // Act
        List<byte[]> keys = heights.stream().map(h -> codec.encode(new NamespaceKey.Expiry(new Height(h)))).toList();

        // Assert
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(Arrays.compareUnsigned(keys.get(i - 1), keys.get(i)) < 0, "height " + heights.get(i));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "07B16D77FD8B6FB3BE", "00", "01B16D77FD8B6FB3", "01B16D77FD8B6FB3BE00", "0300", "020102"})
    void rejectsUnknownKindsAndWrongLengths(String hex) {
        // Act and Assert
        assertThrows(DecodeException.class, () -> codec.decode(Hex.decode(hex)));
    }

    @Test
    void rejectsAnAddressWithAWrongChecksum() {
        // Arrange
        byte[] bytes = codec.encode(new NamespaceKey.AliasedAddress(OWNER_ADDRESS));
        bytes[bytes.length - 1] ^= 1;

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(bytes));

        // Assert
        assertTrue(e.getMessage().contains("aliased address"), e.getMessage());
    }
}
