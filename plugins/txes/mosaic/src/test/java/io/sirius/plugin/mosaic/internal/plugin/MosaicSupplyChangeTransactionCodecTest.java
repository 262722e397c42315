package io.sirius.plugin.mosaic.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeDirection;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeTransaction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MosaicSupplyChangeTransactionCodecTest {
    /** Increase the vector mosaic by 1'000'000. */
    private static final String BODY = "D3812AE4724FCC36" + "01" + "40420F0000000000";

    private final MosaicSupplyChangeTransactionCodec codec = new MosaicSupplyChangeTransactionCodec();

    @Test
    void decodesAndReencodesByteForByte() {
        // Arrange
        byte[] body = Hex.decode(BODY);
        BinaryReader reader = BinaryReader.of(body);

        // Act
        MosaicSupplyChangeTransaction change = codec.decode(reader, 2);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(change, writer, 2);

        // Assert
        assertTrue(reader.isExhausted());
        assertEquals(new MosaicSupplyChangeTransaction(new UnresolvedMosaicId(0x36CC4F72E42A81D3L), 1,
                new Amount(1_000_000)), change);
        assertEquals(Optional.of(MosaicSupplyChangeDirection.INCREASE), change.knownDirection());
        assertArrayEquals(body, writer.toByteArray());
    }

    @Test
    void keepsAnUndefinedDirectionForTheValidator() {
        // Act
        MosaicSupplyChangeTransaction change = codec.decode(BinaryReader.of(Hex.decode("F6BD1691A142FBBF" + "07"
                + "0100000000000000")), 2);

        // Assert
        assertEquals(7, change.direction());
        assertEquals(Optional.empty(), change.knownDirection());
        assertTrue(change.mosaicId().isAlias());
    }

    @Test
    void rejectsTruncatedInputAtEveryLength() {
        // Arrange
        byte[] body = Hex.decode(BODY);

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 2), "length " + length);
        }
    }
}
