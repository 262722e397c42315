package io.sirius.plugin.locksecret.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.state.SecretLockKey;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretLockKeyCodecTest {

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of(new SecretLockKey.Lock(Fixtures.COMPOSITE), "00" + Fixtures.COMPOSITE.toHex()),
                Arguments.of(new SecretLockKey.Expiry(new Height(0x0102)), "01" + "0000000000000102"),
                Arguments.of(new SecretLockKey.Owner(Fixtures.OWNER), "02" + Fixtures.OWNER.toHex()),
                Arguments.of(new SecretLockKey.Secret(Fixtures.SHA3_SECRET), "03" + Fixtures.SHA3_SECRET.toHex()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("keys")
    void writesAKindByteAndTheFieldBigEndianAndReadsItBack(SecretLockKey key, String golden) {
        // Act
        byte[] bytes = new SecretLockKeyCodec().encode(key);

        // Assert
        assertEquals(golden, Hex.encode(bytes));
        assertEquals(key, new SecretLockKeyCodec().decode(bytes));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "04" + "0000000000000001", "01" + "00000000000001", "00" + "AB", "02"})
    void refusesBytesNoKeyHas(String hex) {
        // Act + Assert
        assertThrows(IllegalArgumentException.class, () -> new SecretLockKeyCodec().decode(Hex.decode(hex)));
    }
}
