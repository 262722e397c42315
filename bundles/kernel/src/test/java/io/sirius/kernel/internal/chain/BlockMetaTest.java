package io.sirius.kernel.internal.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.api.receipt.ReceiptType;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import io.sirius.kernel.receipts.BlockStatement;
import io.sirius.kernel.receipts.ReceiptSource;
import io.sirius.kernel.receipts.TransactionStatement;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the chain stores beside each block: round trip and the documented version 1 layout.
 */
class BlockMetaTest {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    static Stream<Arguments> metas() {
        return Stream.of(
                Arguments.of(0L, 0, BigInteger.ZERO),
                Arguments.of(12_345L, 3, BigInteger.valueOf(987_654_321L)),
                Arguments.of(-1L, Integer.MAX_VALUE, TWO_TO_64.subtract(BigInteger.ONE)),
                Arguments.of(Long.MIN_VALUE, 1, TWO_TO_64),
                Arguments.of(7L, 200_000, TWO_TO_64.multiply(BigInteger.valueOf(12_345)).add(BigInteger.valueOf(678))),
                Arguments.of(7L, 0, BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)));
    }

    private static final BlockStatement STATEMENT = new BlockStatement(List.of(new TransactionStatement(ReceiptSource.BLOCK,
            List.of(new BalanceChangeReceipt(ReceiptType.HARVEST_FEE, PublicKey.of(CoreFixture.bytes(32, 3)),
                    new MosaicId(0x0DC67FBE1CAD29E3L), new Amount(25))))), List.of(), List.of());

    private static BlockMeta meta(long fee, int count, BigInteger score) {
        return new BlockMeta(Hash256.of(CoreFixture.bytes(32, 1)), Hash256.of(CoreFixture.bytes(32, 2)), new Amount(fee), count,
                score, STATEMENT);
    }

    @ParameterizedTest
    @MethodSource("metas")
    void aMetaRoundTrips(long fee, int count, BigInteger score) {
        // Arrange
        BlockMeta meta = meta(fee, count, score);

        // Act
        BlockMeta decoded = BlockMeta.decode(meta.encode());

        // Assert
        assertEquals(meta, decoded);
    }

    @ParameterizedTest
    @MethodSource("metas")
    void theEncodingIsTheDocumentedLayout(long fee, int count, BigInteger score) {
        // Arrange: version u8 | hash 32 | generationHash 32 | totalFee u64 | transactions u32 | score high u64 | low u64
        // | statements
        BlockMeta meta = meta(fee, count, score);
        byte[] statements = STATEMENT.encode();
        ByteBuffer expected = ByteBuffer.allocate(1 + 32 + 32 + 8 + 4 + 8 + 8 + statements.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        expected.put((byte) 2).put(meta.hash().bytes()).put(meta.generationHash().bytes()).putLong(fee).putInt(count)
                .putLong(score.shiftRight(64).longValue()).putLong(score.longValue()).put(statements);

        // Act
        byte[] encoded = meta.encode();

        // Assert
        assertArrayEquals(expected.array(), encoded);
    }

    @Test
    void anUnknownVersionIsRefused() {
        // Arrange
        byte[] bytes = meta(1, 1, BigInteger.TEN).encode();
        bytes[0] = 3;

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> BlockMeta.decode(bytes));

        // Assert
        assertTrue(e.getMessage().contains("version 3"), e.getMessage());
    }

    @Test
    void aMetaStoredBeforeReceiptsReadsAsABlockWithoutStatements() {
        // Arrange: version 1 ends after the score
        BlockMeta meta = meta(5, 2, BigInteger.TEN);
        byte[] v2 = meta.encode();
        byte[] v1 = Arrays.copyOf(v2, 1 + 32 + 32 + 8 + 4 + 8 + 8);
        v1[0] = 1;

        // Act
        BlockMeta decoded = BlockMeta.decode(v1);

        // Assert
        assertEquals(new BlockMeta(meta.hash(), meta.generationHash(), meta.totalFee(), 2, BigInteger.TEN,
                BlockStatement.EMPTY), decoded);
    }

    @Test
    void aTruncatedMetaIsRefused() {
        // Arrange
        byte[] bytes = meta(1, 1, BigInteger.TEN).encode();

        // Act / Assert: every proper prefix fails
        for (int length = 0; length < bytes.length; length++) {
            byte[] prefix = Arrays.copyOf(bytes, length);
            assertThrows(DecodeException.class, () -> BlockMeta.decode(prefix), "length " + length);
        }
    }
}
