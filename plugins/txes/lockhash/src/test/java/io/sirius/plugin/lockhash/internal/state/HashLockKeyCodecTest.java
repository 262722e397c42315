package io.sirius.plugin.lockhash.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.state.HashLockKey;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HashLockKeyCodecTest {

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of(new HashLockKey.Lock(Fixtures.AGGREGATE), "00" + Fixtures.AGGREGATE.toHex()),
                Arguments.of(new HashLockKey.Expiry(new Height(0x0102)), "01" + "0000000000000102"),
                Arguments.of(new HashLockKey.Owner(Fixtures.OWNER), "02" + Fixtures.OWNER.toHex()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("keys")
    void writesAKindByteAndTheFieldBigEndianAndReadsItBack(HashLockKey key, String golden) {
        // Act
        byte[] bytes = new HashLockKeyCodec().encode(key);

        // Assert
        assertEquals(golden, Hex.encode(bytes));
        assertEquals(key, new HashLockKeyCodec().decode(bytes));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "03" + "0000000000000001", "01" + "00000000000001", "00" + "AB", "02"})
    void refusesBytesNoKeyHas(String hex) {
        // Act + Assert
        assertThrows(IllegalArgumentException.class, () -> new HashLockKeyCodec().decode(Hex.decode(hex)));
    }
}
