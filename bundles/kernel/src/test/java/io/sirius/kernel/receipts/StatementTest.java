package io.sirius.kernel.receipts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.api.receipt.BalanceTransferReceipt;
import io.sirius.api.receipt.Receipt;
import io.sirius.api.receipt.ReceiptType;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.Hashes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statements as Sirius lays them out and hashes them: the expected hashes are built here byte by byte from the layout
 * (receipt = size u32 | version u32 | type u16 | body; transaction statement = version u32 | 0xE143 | source | the
 * receipts without their sizes; resolution statement = version u16 | 0xF143 or 0xF243 | unresolved | entries).
 */
class StatementTest {
    private static final PublicKey ALICE = PublicKey.of(fill(32, 0xA1));
    private static final MosaicId XPX = new MosaicId(0x0DC67FBE1CAD29E3L);
    private static final ReceiptType RENTAL = ReceiptType.of(ReceiptType.BALANCE_TRANSFER, 0x4D, 1);
    private static final Address SINK = io.sirius.crypto.Addresses.of(PublicKey.of(fill(32, 0x90)),
            io.sirius.api.model.NetworkType.MIJIN_TEST);
    private static final Address BOB = io.sirius.crypto.Addresses.of(PublicKey.of(fill(32, 0xB0)),
            io.sirius.api.model.NetworkType.MIJIN_TEST);
    private static final ReceiptType LOCK_CREATED = ReceiptType.of(ReceiptType.BALANCE_DEBIT, 0x48, 1);

    private static byte[] fill(int size, int value) {
        byte[] out = new byte[size];
        Arrays.fill(out, (byte) value);
        return out;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void aReceiptIsItsSizeVersionTypeAndBody() {
        // Arrange
        Receipt fee = new BalanceChangeReceipt(ReceiptType.HARVEST_FEE, ALICE, XPX, new Amount(1_234));
        ByteBuffer expected = le(58).putInt(58).putInt(1).putShort((short) 0x2143).put(ALICE.bytes())
                .putLong(XPX.value()).putLong(1_234);

        // Act
        byte[] bytes = fee.encode();

        // Assert
        assertEquals(0x2143, ReceiptType.HARVEST_FEE.value());
        assertArrayEquals(expected.array(), bytes);
        assertEquals(fee, Receipt.decode(bytes));
        assertThrows(DecodeException.class, () -> Receipt.decode(Arrays.copyOf(bytes, 57)));
    }

    @Test
    void aTransactionStatementHashesItsHeaderSourceAndReceiptsWithoutTheirSizes() {
        // Arrange
        Receipt fee = new BalanceChangeReceipt(ReceiptType.HARVEST_FEE, ALICE, XPX, new Amount(7));
        TransactionStatement statement = new TransactionStatement(new ReceiptSource(3, 2), List.of(fee));
        byte[] receipt = fee.encode();
        ByteBuffer hashed = le(4 + 2 + 8 + receipt.length - 4).putInt(1).putShort((short) 0xE143).putInt(3).putInt(2)
                .put(receipt, 4, receipt.length - 4);

        // Act
        Hash256 hash = statement.hash();

        // Assert
        assertEquals(Hashes.sha3_256Hash(hashed.array()), hash);
    }

    @Test
    void aResolutionStatementHashesItsTwoByteVersionTypeValueAndEntries() {
        // Arrange
        byte[] unresolved = le(8).putLong(0x9A0B0C0D0E0F1011L).array();
        byte[] resolved = le(8).putLong(0x1234L).array();
        ResolutionStatement statement = new ResolutionStatement(ReceiptType.MOSAIC_ALIAS_RESOLUTION, unresolved,
                List.of(new ResolutionStatement.Entry(resolved, new ReceiptSource(1, 0))));
        ByteBuffer hashed = le(2 + 2 + 8 + 8 + 8).putShort((short) 1).putShort((short) 0xF243).put(unresolved).put(resolved)
                .putInt(1).putInt(0);

        // Act and Assert
        assertEquals(Hashes.sha3_256Hash(hashed.array()), statement.hash());
    }

    @Test
    void theBuilderOrdersSourcesAndReceiptTypesAndCollapsesRepeatedResolutions() {
        // Arrange: the block's fee receipt is added last (the block is applied after its transactions)
        Receipt rental = new BalanceTransferReceipt(RENTAL, ALICE, SINK, XPX, new Amount(10));
        Receipt lock = new BalanceChangeReceipt(LOCK_CREATED, ALICE, XPX, new Amount(10));
        Receipt expiry = ArtifactExpiryReceipt.of(ReceiptType.of(ReceiptType.ARTIFACT_EXPIRY, 0x4E, 1), 77);
        Receipt fee = new BalanceChangeReceipt(ReceiptType.HARVEST_FEE, ALICE, XPX, new Amount(3));
        UnresolvedMosaicId alias = new UnresolvedMosaicId(0x9A0B0C0D0E0F1011L);
        StatementBuilder builder = new StatementBuilder();
        ReceiptRecorder first = new ReceiptRecorder();
        first.add(lock);
        first.add(rental);
        first.add(expiry);
        first.resolved(alias, new MosaicId(5));
        first.resolved(new UnresolvedMosaicId(5), new MosaicId(5)); // not an alias: nothing recorded
        first.nextEmbedded();
        first.add(rental);
        first.resolved(alias, new MosaicId(5));
        ReceiptRecorder second = new ReceiptRecorder();
        second.resolved(alias, new MosaicId(6));
        ReceiptRecorder block = new ReceiptRecorder();
        block.add(fee);

        // Act
        builder.add(1, first);
        builder.add(2, second);
        builder.add(0, block);
        BlockStatement statement = builder.build();

        // Assert
        assertEquals(List.of(new ReceiptSource(0, 0), new ReceiptSource(1, 0), new ReceiptSource(1, 1)),
                statement.transactionStatements().stream().map(TransactionStatement::source).toList());
        assertEquals(List.of(rental, lock, expiry), statement.transactionStatements().get(1).receipts(),
                "ordered by type: 0x124D, 0x3148, 0x414E");
        assertEquals(1, statement.mosaicResolutions().size());
        List<ResolutionStatement.Entry> entries = statement.mosaicResolutions().get(0).entries();
        assertEquals(List.of(new ReceiptSource(1, 0), new ReceiptSource(2, 0)),
                entries.stream().map(ResolutionStatement.Entry::source).toList(), "(1, 1) repeats (1, 0)'s value");
        assertEquals(4, statement.count(), "three transaction statements and one mosaic resolution statement");
        assertEquals(EntityHasher.blockTransactionsHash(statement.hashes()), statement.hash());
    }

    @Test
    void addressResolutionsAreOrderedByTheirUnresolvedBytes() {
        // Arrange
        UnresolvedAddress high = UnresolvedAddress.of(Hex.decode("91" + "FF".repeat(8) + "00".repeat(16)));
        UnresolvedAddress low = UnresolvedAddress.of(Hex.decode("91" + "01".repeat(8) + "00".repeat(16)));
        ReceiptRecorder recorder = new ReceiptRecorder();
        recorder.resolved(high, SINK);
        recorder.resolved(low, BOB);
        StatementBuilder builder = new StatementBuilder();

        // Act
        builder.add(1, recorder);
        BlockStatement statement = builder.build();

        // Assert
        assertArrayEquals(low.bytes(), statement.addressResolutions().get(0).unresolved());
        assertArrayEquals(high.bytes(), statement.addressResolutions().get(1).unresolved());
    }

    @Test
    void aBlockStatementRoundTripsAndProvesEachStatement() {
        // Arrange
        ReceiptRecorder recorder = new ReceiptRecorder();
        recorder.add(new BalanceChangeReceipt(ReceiptType.HARVEST_FEE, ALICE, XPX, new Amount(3)));
        recorder.resolved(new UnresolvedMosaicId(0x9A0B0C0D0E0F1011L), new MosaicId(5));
        recorder.resolved(UnresolvedAddress.of(Hex.decode("91" + "01".repeat(8) + "00".repeat(16))),
                SINK);
        StatementBuilder builder = new StatementBuilder();
        builder.add(0, recorder);
        BlockStatement statement = builder.build();

        // Act
        BlockStatement decoded = BlockStatement.decode(statement.encode());

        // Assert
        assertEquals(statement, decoded);
        assertEquals(statement.hash(), decoded.hash());
        for (Hash256 leaf : statement.hashes()) {
            Hash256 running = leaf;
            for (EntityHasher.MerkleStep step : statement.merklePath(leaf).orElseThrow()) {
                running = step.siblingOnRight() ? Hashes.sha3_256Hash(running.bytes(), step.sibling().bytes())
                        : Hashes.sha3_256Hash(step.sibling().bytes(), running.bytes());
            }
            assertEquals(statement.hash(), running);
        }
        assertTrue(statement.merklePath(Hash256.ZERO).isEmpty());
        assertEquals(Hash256.ZERO, BlockStatement.EMPTY.hash());
        byte[] bytes = statement.encode();
        for (int length = 0; length < bytes.length; length++) {
            byte[] prefix = Arrays.copyOf(bytes, length);
            assertThrows(DecodeException.class, () -> BlockStatement.decode(prefix), "length " + length);
        }
    }
}
