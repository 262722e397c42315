package io.sirius.plugin.transfer.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.model.Hex;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.transfer.model.TransferTransaction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransferTransactionJsonTest {

    @Test
    void showsTheSdkVectorAsRestDoes() {
        // Arrange: the body of transfer_plain_message_xpx_v1
        TransferTransaction transfer = new TransferTransactionCodec().decode(
                BinaryReader.of(Hex.decode(TransferTransactionCodecTest.SDK_BODY)), 3);

        // Act
        Map<String, Object> json = new TransferTransactionJson().write(transfer, 3);

        // Assert
        assertEquals(TransferTransactionCodecTest.SDK_BODY.substring(0, 50), json.get("recipient"));
        assertEquals(List.of(Map.of("id", new Uint64(0xBFFB42A19116BDF6L), "amount", new Uint64(1_000_000))), json.get("mosaics"));
        assertEquals(Map.of("type", 0, "payload", Hex.encode("Hello Sirius".getBytes())), json.get("message"));
    }

    @Test
    void anEmptyMessageIsLeftOut() {
        // Arrange
        TransferTransaction transfer = new TransferTransaction(
                io.sirius.api.model.UnresolvedAddress.of(Hex.decode(TransferTransactionCodecTest.SDK_BODY.substring(0, 50))),
                new byte[0], List.of());

        // Act
        Map<String, Object> json = new TransferTransactionJson().write(transfer, 3);

        // Assert
        assertFalse(json.containsKey("message"));
        assertEquals(List.of(), json.get("mosaics"));
    }
}
