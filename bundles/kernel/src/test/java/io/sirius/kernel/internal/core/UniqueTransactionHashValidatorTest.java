package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction whose hash is already confirmed is refused; the check reads the delta being built as well as the
 * committed state.
 */
class UniqueTransactionHashValidatorTest {
    @TempDir
    Path directory;
    CoreFixture fixture;
    final UniqueTransactionHashValidator validator = new UniqueTransactionHashValidator();
    final TransactionNotification transaction = notification(1);

    @BeforeEach
    void open() {
        fixture = CoreFixture.open(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static TransactionNotification notification(int seed) {
        return new TransactionNotification(CoreFixture.key(seed).publicKey(), Hash256.of(CoreFixture.bytes(32, seed)),
                new EntityType(0x4154), new Timestamp(9_000_000L + seed));
    }

    private ResultCode validate(TransactionNotification n) {
        return validator.validate(n, fixture.stateful(8, 1_000_000));
    }

    @Test
    void anUnknownHashPasses() {
        // Arrange: another transaction is confirmed
        new TransactionHashObserver().notify(notification(2), fixture.observer(NotifyMode.COMMIT, 4));

        // Act
        ResultCode result = validate(transaction);

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }

    @Test
    void aHashConfirmedInTheDeltaIsRefused() {
        // Arrange
        new TransactionHashObserver().notify(transaction, fixture.observer(NotifyMode.COMMIT, 8));

        // Act
        ResultCode result = validate(transaction);

        // Assert
        assertEquals(CoreResults.HASH_EXISTS, result);
    }

    @Test
    void aHashConfirmedInTheCommittedStateIsRefused() {
        // Arrange
        new TransactionHashObserver().notify(transaction, fixture.observer(NotifyMode.COMMIT, 4));
        fixture.commit(4);

        // Act
        ResultCode result = validate(transaction);

        // Assert
        assertEquals(CoreResults.HASH_EXISTS, result);
    }

    @Test
    void aHashWhoseBlockWasUndoneMayBeConfirmedAgain() {
        // Arrange
        new TransactionHashObserver().notify(transaction, fixture.observer(NotifyMode.COMMIT, 4));
        fixture.commit(4);
        new TransactionHashObserver().notify(transaction, fixture.observer(NotifyMode.ROLLBACK, 4));

        // Act
        ResultCode result = validate(transaction);

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }

    @Test
    void aPrunedHashPassesAgain() {
        // Arrange: pruning drops hashes whose deadline passed
        new TransactionHashObserver().notify(transaction, fixture.observer(NotifyMode.COMMIT, 4));
        fixture.commit(4);
        TransactionHashes.prune(fixture.changes().index(TransactionHashes.BY_HASH),
                fixture.changes().index(TransactionHashes.BY_DEADLINE),
                new Timestamp(transaction.deadline().value() + 1));

        // Act
        ResultCode result = validate(transaction);

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }
}
