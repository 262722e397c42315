package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import io.sirius.kernel.internal.pipeline.CoreFixture.Snapshot;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A confirmed transaction's hash is remembered with its height and deadline, and forgotten when its block is undone.
 */
class TransactionHashObserverTest {
    private static final long HEIGHT = 12;

    @TempDir
    Path directory;
    CoreFixture fixture;
    final TransactionHashObserver observer = new TransactionHashObserver();

    @BeforeEach
    void open() {
        fixture = CoreFixture.open(directory);
        // a transaction of an earlier block
        observer.notify(notification(1, 5_000), fixture.observer(NotifyMode.COMMIT, HEIGHT - 3));
        fixture.commit(HEIGHT - 1);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static TransactionNotification notification(int seed, long deadline) {
        return new TransactionNotification(CoreFixture.key(seed).publicKey(), Hash256.of(CoreFixture.bytes(32, 100 + seed)),
                new EntityType(0x4154), new Timestamp(deadline));
    }

    private Optional<TransactionHashes.Location> find(TransactionNotification n) {
        return TransactionHashes.find(fixture.changes().index(TransactionHashes.BY_HASH), n.hash());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aConfirmedHashIsRememberedWithItsHeightAndDeadline(NotifyMode mode) {
        // Arrange
        TransactionNotification earlier = notification(1, 5_000);
        TransactionNotification n = notification(2, 9_999_999);
        Snapshot before = fixture.snapshot();
        if (mode == NotifyMode.ROLLBACK) {
            observer.notify(n, fixture.observer(NotifyMode.COMMIT, HEIGHT));
        }

        // Act
        observer.notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(Optional.of(new TransactionHashes.Location(new Height(HEIGHT), n.deadline())), find(n));
            assertEquals(before.indexes().get(TransactionHashes.BY_DEADLINE).size() + 1,
                    fixture.snapshot().indexes().get(TransactionHashes.BY_DEADLINE).size());
        } else {
            assertEquals(before, fixture.snapshot());
            assertTrue(find(n).isEmpty());
        }
        assertEquals(Optional.of(new TransactionHashes.Location(new Height(HEIGHT - 3), earlier.deadline())), find(earlier));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void deadlinesAreUnsigned(NotifyMode mode) {
        // Arrange: a deadline with the top bit set still round trips
        TransactionNotification n = notification(3, -2L);
        Snapshot before = fixture.snapshot();
        if (mode == NotifyMode.ROLLBACK) {
            observer.notify(n, fixture.observer(NotifyMode.COMMIT, HEIGHT));
        }

        // Act
        observer.notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(Optional.of(new TransactionHashes.Location(new Height(HEIGHT), new Timestamp(-2L))), find(n));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }
}
