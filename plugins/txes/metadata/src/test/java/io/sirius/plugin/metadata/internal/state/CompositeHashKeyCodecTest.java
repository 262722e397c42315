package io.sirius.plugin.metadata.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompositeHashKeyCodecTest {
    private static final String HASH = "E92A2D4232698A6D63CFF470542EE759DC2C8303E776728398B7243B0AFD4DDF";

    @Test
    void aKeyIsTheHashsThirtyTwoBytes() {
        // Arrange
        CompositeHashKeyCodec codec = new CompositeHashKeyCodec();

        // Act
        byte[] bytes = codec.encode(Hash256.fromHex(HASH));

        // Assert
        assertArrayEquals(Hex.decode(HASH), bytes);
        assertEquals(Hash256.fromHex(HASH), codec.decode(bytes));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 31, 33})
    void refusesOtherLengths(int length) {
        // Act and Assert
        assertThrows(DecodeException.class, () -> new CompositeHashKeyCodec().decode(new byte[length]));
    }
}
