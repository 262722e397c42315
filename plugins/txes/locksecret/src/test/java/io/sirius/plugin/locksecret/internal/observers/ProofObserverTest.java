package io.sirius.plugin.locksecret.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.internal.cache.SecretLockDelta;
import io.sirius.plugin.locksecret.model.ProofPublicationNotification;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProofObserverTest {
    private static final ProofPublicationNotification PROOF = new ProofPublicationNotification(Fixtures.OTHER, 0,
            Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved());

    private static Supplier<InMemoryState> with(SecretLockInfo lock) {
        return () -> {
            InMemoryState state = Fixtures.state();
            SecretLockDelta.of(state).add(lock);
            return state;
        };
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void marksTheLockUsedAndOnlyTheLock(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(with(Fixtures.lock()), with(Fixtures.lock().withStatus(LockStatus.USED)));
        InMemoryState state = transition.start(mode);

        // Act
        new ProofObserver().notify(PROOF, Fixtures.context(50, state).mode(mode).observer());

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @Test
    void failsLoudlyWithoutALock() {
        // Act + Assert
        assertThrows(IllegalStateException.class,
                () -> new ProofObserver().notify(PROOF, Fixtures.context(50, Fixtures.state()).observer()));
    }
}
