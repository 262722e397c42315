package io.sirius.api.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.DecodeException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TransactionTest {
    @Test
    void roundTripsAnSdkTransferByteForByte() {
        // Arrange
        byte[] payload = Golden.transfer();
        // Act
        Transaction tx = Transaction.decode(payload);
        // Assert
        assertEquals(payload.length - TransactionHeader.SIZE, tx.body().length);
        assertArrayEquals(payload, tx.encode());
        assertEquals(tx, Transaction.decode(tx.encode()));
    }

    @Test
    void aSizeFieldThatDisagreesWithThePayloadIsRefused() {
        // Arrange
        byte[] longer = Arrays.copyOf(Golden.transfer(), 180);
        byte[] lying = Golden.transfer();
        Golden.putI32(lying, 0, 0x7FFFFFFF);
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> Transaction.decode(longer));
        // Assert
        assertTrue(e.getMessage().contains("declares size 179 but has 180"), e.getMessage());
        assertThrows(DecodeException.class, () -> Transaction.decode(lying));
        assertThrows(DecodeException.class, () -> Transaction.decode(Arrays.copyOf(Golden.transfer(), 150)));
    }

    @Test
    void aBlockTypeIsNotATransaction() {
        // Arrange
        byte[] payload = Golden.transfer();
        payload[104] = 0x43;
        payload[105] = (byte) 0x81;
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> Transaction.decode(payload));
        // Assert
        assertTrue(e.getMessage().contains("not a transaction type"), e.getMessage());
    }

    @Test
    void theHeaderSizeMustMatchTheBody() {
        // Arrange
        Transaction tx = Transaction.decode(Golden.transfer());
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> new Transaction(tx.header(), new byte[3]));
    }
}
