package io.sirius.plugin.mosaic.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.plugin.mosaic.model.MosaicDefinitionTransaction;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.mosaic.model.MosaicProperty;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MosaicDefinitionTransactionCodecTest {
    /** The SDK vector mosaic_definition_v1, whole: signer 817CED3C..., nonce 42, flags 3, divisibility 3, duration 1000. */
    static final String SDK_PAYLOAD = "92000000BE24636D207BCA742E6511DA5389F544BD9E7ECD9E467C7C718F1459B8294547B39B3471"
            + "46CD11BEDF546B7EC6CE78A81005CF796957EBB33DBB0BD0A2DDA40E817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3"
            + "DCC9DD7B41E117030001904D410000000000000000006433F3380000002A000000D3812AE4724FCC3601030302E803000000000000";
    /** Its body: the bytes after the 122-byte header. */
    static final byte[] SDK_BODY = Arrays.copyOfRange(Hex.decode(SDK_PAYLOAD), 122, Hex.decode(SDK_PAYLOAD).length);

    private final MosaicDefinitionTransactionCodec codec = new MosaicDefinitionTransactionCodec();

    @Test
    void decodesAndReencodesTheSdkVectorByteForByte() {
        // Arrange
        BinaryReader reader = BinaryReader.of(SDK_BODY);

        // Act
        MosaicDefinitionTransaction definition = codec.decode(reader, 3);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(definition, writer, 3);

        // Assert
        assertTrue(reader.isExhausted());
        assertEquals(146, Hex.decode(SDK_PAYLOAD).length);
        assertEquals(new MosaicDefinitionTransaction(42, new MosaicId(0x36CC4F72E42A81D3L), 3, 3,
                List.of(new MosaicProperty(2, 1000))), definition);
        assertEquals(new MosaicProperties(3, 3, new BlockDuration(1000)), definition.properties());
        assertArrayEquals(SDK_BODY, writer.toByteArray());
    }

    @Test
    void keepsUnknownPropertyIdsAndHighBytesForTheValidators() {
        // Arrange: nonce 0xFFFFFFFF, two properties (id 9 and a duration), flags 0xFF, divisibility 0xFF
        byte[] body = Hex.decode("FFFFFFFF" + "0100000000000000" + "02" + "FF" + "FF" + "09" + "0500000000000000"
                + "02" + "FFFFFFFFFFFFFFFF");

        // Act
        MosaicDefinitionTransaction definition = codec.decode(BinaryReader.of(body), 3);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(definition, writer, 3);

        // Assert
        assertEquals(-1, definition.nonce());
        assertEquals(List.of(new MosaicProperty(9, 5), new MosaicProperty(2, -1)), definition.optionalProperties());
        assertArrayEquals(body, writer.toByteArray());
    }

    @Test
    void rejectsTruncatedInputAtEveryLength() {
        // Act and Assert
        for (int length = 0; length < SDK_BODY.length; length++) {
            BinaryReader reader = BinaryReader.of(SDK_BODY, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 3), "length " + length);
        }
    }

    @Test
    void rejectsAPropertyCountThatLiesBeforeAllocating() {
        // Arrange: claims 255 properties, carries one
        byte[] body = Hex.decode("2A000000D3812AE4724FCC36" + "FF" + "0303" + "02E803000000000000");

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(body), 3));

        // Assert
        assertTrue(e.getMessage().contains("Properties claims 255"), e.getMessage());
    }
}
