package io.sirius.api.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTest {
    private static final Transaction TRANSFER = Transaction.decode(Golden.transfer());
    private static final Transaction AGGREGATE = Transaction.decode(Golden.aggregateV2());
    private static final Cosignature COSIGNATURE = new Cosignature(DerivationScheme.UNSET, PublicKey.fromHex("09".repeat(32)),
            Signature.fromHex("0A".repeat(64)));

    @Test
    void aV3BlockRunsItsTransactionsToTheEnd() {
        // Arrange
        Block block = Block.of(BlockHeaderTest.header(3, EntityTypes.BLOCK), List.of(TRANSFER, AGGREGATE), List.of());
        // Act
        byte[] bytes = block.encode();
        Block decoded = Block.decode(bytes);
        // Assert
        assertEquals(302 + 179 + 225, bytes.length);
        assertEquals(List.of(TRANSFER, AGGREGATE), decoded.transactions());
        assertArrayEquals(bytes, decoded.encode());
    }

    @Test
    void aV4BlockHasItsPayloadSizeThenCosignatures() {
        // Arrange
        Block block = Block.of(BlockHeaderTest.header(5, EntityTypes.BLOCK), List.of(TRANSFER), List.of(COSIGNATURE, COSIGNATURE));
        // Act
        byte[] bytes = block.encode();
        Block decoded = Block.decode(bytes);
        // Assert
        assertEquals(322 + 179 + 2 * 96, bytes.length);
        assertEquals(179, decoded.header().transactionPayloadSize());
        assertEquals(2, decoded.cosignatures().size());
        assertEquals(COSIGNATURE, decoded.cosignatures().get(0));
        assertArrayEquals(bytes, decoded.encode());
    }

    @Test
    void aTransactionOverrunningTheBlockIsRefused() {
        // Arrange
        byte[] bytes = Block.of(BlockHeaderTest.header(3, EntityTypes.BLOCK), List.of(TRANSFER), List.of()).encode();
        Golden.putI32(bytes, 302, 180);
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> Block.decode(bytes));
        // Assert
        assertTrue(e.getMessage().contains("block transaction at offset 302"), e.getMessage());
    }

    @Test
    void aLyingPayloadSizeOrSizeIsRefused() {
        // Arrange
        byte[] v4 = Block.of(BlockHeaderTest.header(4, EntityTypes.BLOCK), List.of(TRANSFER), List.of()).encode();
        byte[] payloadTooLarge = v4.clone();
        Golden.putI32(payloadTooLarge, 318, 0x7FFFFFFF);
        byte[] partialCosignature = Arrays.copyOf(v4, v4.length + 50);
        Golden.putI32(partialCosignature, 0, partialCosignature.length);
        byte[] truncated = Arrays.copyOf(v4, v4.length - 1);
        // Act and Assert
        assertTrue(assertThrows(DecodeException.class, () -> Block.decode(payloadTooLarge)).getMessage()
                .contains("transaction payload size"));
        assertTrue(assertThrows(DecodeException.class, () -> Block.decode(partialCosignature)).getMessage()
                .contains("cosignatures"));
        assertThrows(DecodeException.class, () -> Block.decode(truncated));
    }

    @Test
    void v3BlocksCannotCarryCosignatures() {
        // Act and Assert
        assertThrows(IllegalArgumentException.class,
                () -> Block.of(BlockHeaderTest.header(3, EntityTypes.BLOCK), List.of(), List.of(COSIGNATURE)));
    }
}
