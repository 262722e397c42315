package io.sirius.plugin.lockhash.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.internal.cache.HashLockDelta;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CompletedAggregateObserverTest {

    private static TransactionNotification confirmed(int type) {
        return new TransactionNotification(Fixtures.OTHER, Fixtures.AGGREGATE, new EntityType(type), new Timestamp(0));
    }

    private static Supplier<InMemoryState> with(HashLockInfo lock) {
        return () -> {
            InMemoryState state = Fixtures.state();
            HashLockDelta.of(state).add(lock);
            return state;
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"COMMIT, 0x4241", "ROLLBACK, 0x4241", "COMMIT, 0x4441", "ROLLBACK, 0x4441"})
    void marksTheLockOfAConfirmedBondedAggregateUsed(NotifyMode mode, String type) {
        // Arrange
        Transition transition = new Transition(with(Fixtures.lock()), with(Fixtures.lock().withStatus(LockStatus.USED)));
        InMemoryState state = transition.start(mode);

        // Act
        new CompletedAggregateObserver().notify(confirmed(Integer.decode(type)),
                Fixtures.context(50, state).mode(mode).observer());

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void otherTransactionsChangeNothingEvenWithTheSameHash(NotifyMode mode) {
        // Arrange
        InMemoryState state = with(Fixtures.lock()).get();
        var before = state.snapshot();

        // Act
        new CompletedAggregateObserver().notify(confirmed(0x4141), Fixtures.context(50, state).mode(mode).observer());

        // Assert
        assertEquals(before, state.snapshot());
    }

    @Test
    void failsLoudlyWithoutALock() {
        // Act + Assert
        assertThrows(IllegalStateException.class, () -> new CompletedAggregateObserver().notify(confirmed(0x4241),
                Fixtures.context(50, Fixtures.state()).observer()));
    }
}
