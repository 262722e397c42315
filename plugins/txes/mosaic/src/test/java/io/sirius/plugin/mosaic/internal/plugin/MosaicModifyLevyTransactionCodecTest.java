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
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyTransaction;
import io.sirius.plugin.mosaic.model.UnresolvedMosaicLevy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MosaicModifyLevyTransactionCodecTest {
    private static final String RECIPIENT = "907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E";
    /** A 1.5 % levy on the vector mosaic, paid in prx.xpx (by alias) to the vectors' recipient. */
    private static final String BODY = "D3812AE4724FCC36" + "02" + RECIPIENT + "F6BD1691A142FBBF" + "F049020000000000";

    private final MosaicModifyLevyTransactionCodec codec = new MosaicModifyLevyTransactionCodec();

    @Test
    void decodesAndReencodesByteForByte() {
        // Arrange
        byte[] body = Hex.decode(BODY);
        BinaryReader reader = BinaryReader.of(body);

        // Act
        MosaicModifyLevyTransaction modify = codec.decode(reader, 1);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(modify, writer, 1);

        // Assert
        assertTrue(reader.isExhausted());
        assertEquals(50, body.length);
        assertEquals(new MosaicModifyLevyTransaction(new UnresolvedMosaicId(0x36CC4F72E42A81D3L),
                new UnresolvedMosaicLevy(2, UnresolvedAddress.of(Hex.decode(RECIPIENT)),
                        new UnresolvedMosaicId(0xBFFB42A19116BDF6L), new Amount(150_000))), modify);
        assertEquals(Optional.of(LevyType.PERCENTILE), modify.levy().knownType());
        assertArrayEquals(body, writer.toByteArray());
    }

    @Test
    void keepsAnUndefinedTypeForTheValidator() {
        // Act
        MosaicModifyLevyTransaction modify = codec.decode(BinaryReader.of(Hex.decode(BODY.replaceFirst("36" + "02", "36" + "09"))), 1);

        // Assert
        assertEquals(9, modify.levy().type());
        assertEquals(Optional.empty(), modify.levy().knownType());
    }

    @Test
    void rejectsTruncatedInputAtEveryLength() {
        // Arrange
        byte[] body = Hex.decode(BODY);

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 1), "length " + length);
        }
    }
}
