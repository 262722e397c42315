package io.sirius.plugin.multisig.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.multisig.internal.Fixtures;
import org.junit.jupiter.api.Test;

class PublicKeyCodecTest {
    private final PublicKeyCodec codec = new PublicKeyCodec();

    @Test
    void keysAreTheirBytes() {
        // Arrange
        PublicKey key = PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");

        // Act
        byte[] bytes = codec.encode(key);

        // Assert
        assertArrayEquals(key.bytes(), bytes);
        assertEquals(key, codec.decode(bytes));
        assertEquals(Fixtures.key(7), codec.decode(codec.encode(Fixtures.key(7))));
    }

    @Test
    void refusesAnyOtherLength() {
        // Act and Assert
        assertThrows(DecodeException.class, () -> codec.decode(new byte[31]));
        assertThrows(DecodeException.class, () -> codec.decode(new byte[33]));
    }
}
