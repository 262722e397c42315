package io.sirius.api.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.DecodeException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EmbeddedTransactionTest {
    private static byte[] inner() {
        return Arrays.copyOfRange(Golden.aggregateV2(), AggregateTransaction.PAYLOAD_OFFSET, Golden.aggregateV2().length);
    }

    @Test
    void theEmbeddedFormDropsSignatureFeeAndDeadline() {
        // Arrange
        Transaction transfer = Transaction.decode(Golden.transfer());
        // Act
        EmbeddedTransaction embedded = EmbeddedTransaction.of(transfer);
        // Assert
        assertEquals(transfer.header().size() - 80, embedded.header().size());
        assertEquals(transfer.header().signer(), embedded.header().signer());
        assertEquals(transfer.header().type(), embedded.header().type());
        assertArrayEquals(transfer.body(), embedded.body());
    }

    @Test
    void decodesAndReencodesTheSdkInnerTransfer() {
        // Arrange
        byte[] bytes = inner();
        // Act
        EmbeddedTransaction embedded = EmbeddedTransaction.decode(bytes, 0, bytes.length);
        // Assert
        assertEquals(99, embedded.header().size());
        assertEquals(EntityTypes.TRANSFER, embedded.header().type());
        assertArrayEquals(bytes, embedded.encode());
    }

    @Test
    void nestedAggregatesAndShortHeadersAreRefused() {
        // Arrange
        byte[] nested = inner();
        nested[40] = 0x41;
        nested[41] = 0x41;
        byte[] tooSmall = inner();
        Golden.putI32(tooSmall, 0, 41);
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> EmbeddedTransaction.decode(nested, 0, nested.length));
        // Assert
        assertTrue(e.getMessage().contains("cannot be embedded"), e.getMessage());
        assertThrows(DecodeException.class, () -> EmbeddedTransaction.decode(tooSmall, 0, tooSmall.length));
        assertThrows(DecodeException.class, () -> EmbeddedTransaction.decode(nested, 0, 30));
    }
}
