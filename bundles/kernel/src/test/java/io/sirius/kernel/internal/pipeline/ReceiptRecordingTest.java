package io.sirius.kernel.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.api.receipt.ReceiptType;
import io.sirius.kernel.receipts.BlockStatement;
import io.sirius.kernel.receipts.ReceiptRecorder;
import io.sirius.kernel.receipts.ReceiptSource;
import io.sirius.kernel.receipts.StatementBuilder;
import io.sirius.kernel.receipts.TransactionStatement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel's side of receipts: the core observer of {@link ReceiptNotification}s records them while a transaction
 * is applied to a block, each embedded transaction's under the next secondary id; elsewhere (the unconfirmed pool,
 * rollback) nothing is recorded.
 */
class ReceiptRecordingTest {
    private static final BalanceChangeReceipt FIRST = new BalanceChangeReceipt(ReceiptType.HARVEST_FEE, PublicKey.ZERO,
            new MosaicId(1), new Amount(2));
    private static final BalanceChangeReceipt SECOND = new BalanceChangeReceipt(ReceiptType.HARVEST_FEE, PublicKey.ZERO,
            new MosaicId(1), new Amount(3));

    @TempDir
    Path directory;

    @Test
    void receiptsOfAnAggregateGoToTheSourcesOfItsEmbeddedTransactions() {
        try (CoreFixture fixture = CoreFixture.open(directory)) {
            // Arrange: a receipt of the aggregate itself, then one of its first embedded transaction
            List<Notification> notifications = List.of(new ReceiptNotification(FIRST), EmbeddedSourceNotification.NEXT,
                    new ReceiptNotification(SECOND));
            ReceiptRecorder recorder = new ReceiptRecorder();
            StatementBuilder builder = new StatementBuilder();

            // Act
            assertNull(TransactionProcessor.execute(notifications, fixture.environment(5, 1_000), fixture.changes(),
                    recorder));
            builder.add(3, recorder);
            BlockStatement statement = builder.build();

            // Assert
            assertEquals(List.of(new TransactionStatement(new ReceiptSource(3, 0), List.of(FIRST)),
                    new TransactionStatement(new ReceiptSource(3, 1), List.of(SECOND))), statement.transactionStatements());
        }
    }

    @Test
    void outsideABlockAndOnRollbackNothingIsRecorded() {
        try (CoreFixture fixture = CoreFixture.open(directory)) {
            // Arrange
            List<Notification> notifications = List.of(new ReceiptNotification(FIRST));
            ReceiptRecorder rolledBack = new ReceiptRecorder();

            // Act: the pool's execution has no recorder; a rollback context ignores the one it is given
            assertNull(TransactionProcessor.execute(notifications, fixture.environment(5, 1_000), fixture.changes()));
            new Contexts.Observing(fixture.environment(5, 1_000), io.sirius.api.observer.NotifyMode.ROLLBACK,
                    fixture.changes(), rolledBack).addReceipt(FIRST);
            TransactionProcessor.undo(notifications, fixture.environment(5, 1_000), fixture.changes());

            // Assert
            assertEquals(true, rolledBack.isEmpty());
        }
    }
}
