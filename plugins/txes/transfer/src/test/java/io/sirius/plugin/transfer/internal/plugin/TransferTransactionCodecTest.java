package io.sirius.plugin.transfer.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.transfer.model.TransferTransaction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferTransactionCodecTest {
    /**
     * The body (bytes 122 on) of the SDK vector transfer_plain_message_xpx_v1: to the recipient's v1 mijin-test
     * address, 1000000 of the prx.xpx alias, plain message "Hello Sirius".
     */
    static final String SDK_BODY = "907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E"
            + "0D0001" + "0048656C6C6F20536972697573" + "F6BD1691A142FBBF" + "40420F0000000000";

    private final TransferTransactionCodec codec = new TransferTransactionCodec();

    @Test
    void decodesAndReencodesTheSdkVectorByteForByte() {
        // Arrange
        byte[] body = Hex.decode(SDK_BODY);

        // Act
        BinaryReader reader = BinaryReader.of(body);
        TransferTransaction transfer = codec.decode(reader, 3);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(transfer, writer, 3);

        // Assert
        assertTrue(reader.isExhausted());
        assertEquals("SB7HO7JI7NVYVQBRHH7MUOP5W6OAUAPMCHSUVXYO", Address.of(transfer.recipient().bytes()).plain());
        assertEquals("Hello Sirius", new String(Arrays.copyOfRange(transfer.message(), 1, 13), StandardCharsets.UTF_8));
        assertEquals(List.of(new UnresolvedMosaic(new UnresolvedMosaicId(0xBFFB42A19116BDF6L), new Amount(1_000_000))),
                transfer.mosaics());
        assertTrue(transfer.mosaics().get(0).id().isAlias());
        assertArrayEquals(body, writer.toByteArray());
    }

    @Test
    void rejectsTruncatedInputAtEveryLength() {
        // Arrange
        byte[] body = Hex.decode(SDK_BODY);

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 3), "length " + length);
        }
    }

    @Test
    void rejectsAMosaicCountThatLiesBeforeAllocating() {
        // Arrange: no message, claims 255 mosaics but carries one
        byte[] body = Hex.decode("907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E" + "0000FF"
                + "F6BD1691A142FBBF" + "40420F0000000000");

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(body), 3));

        // Assert
        assertTrue(e.getMessage().contains("Mosaics claims 255"), e.getMessage());
    }

    @Test
    void rejectsAMessageSizeLargerThanTheBody() {
        // Arrange
        byte[] body = Hex.decode("907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E" + "FFFF00" + "00");

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(body), 3));

        // Assert
        assertTrue(e.getMessage().contains("Message needs 65535 bytes"), e.getMessage());
    }
}
