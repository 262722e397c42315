package io.sirius.api.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CosignatureTest {
    private static final Cosignature COSIGNATURE = new Cosignature(DerivationScheme.ED25519_SHA3,
            PublicKey.fromHex("11".repeat(32)), Signature.fromHex("22".repeat(64)));

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void encodesSignerFirstWithTheSchemeByteOnlyInTheExtendedForm(boolean extended) {
        // Arrange
        BinaryWriter out = new BinaryWriter(Cosignature.EXTENDED_SIZE);
        // Act
        COSIGNATURE.encode(out, extended);
        byte[] bytes = out.toByteArray();
        // Assert
        int offset = extended ? 1 : 0;
        assertEquals(extended ? Cosignature.EXTENDED_SIZE : Cosignature.SIZE, bytes.length);
        assertEquals(0x11, bytes[offset]);
        assertEquals(0x22, bytes[offset + 32]);
        Cosignature decoded = Cosignature.decode(BinaryReader.of(bytes), extended);
        assertEquals(extended ? DerivationScheme.ED25519_SHA3 : DerivationScheme.UNSET, decoded.scheme());
        assertEquals(COSIGNATURE.signer(), decoded.signer());
        BinaryWriter again = new BinaryWriter(Cosignature.EXTENDED_SIZE);
        decoded.encode(again, extended);
        assertArrayEquals(bytes, again.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 255})
    void anUnknownSchemeIsADecodeError(int scheme) {
        // Arrange
        byte[] bytes = new byte[Cosignature.EXTENDED_SIZE];
        bytes[0] = (byte) scheme;
        // Act and Assert
        assertThrows(DecodeException.class, () -> Cosignature.decode(BinaryReader.of(bytes), true));
        assertThrows(DecodeException.class, () -> Cosignature.decode(BinaryReader.of(new byte[95]), false));
    }
}
