package io.sirius.plugin.multisig.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.model.ModifyMultisigSettingsNotification;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ModifyMultisigSettingsObserverTest {

    private static void observe(int removalDelta, int approvalDelta, int modifications, InMemoryState state,
            NotifyMode mode) {
        new ModifyMultisigSettingsObserver().notify(
                new ModifyMultisigSettingsNotification(Fixtures.key(1), removalDelta, approvalDelta, modifications),
                Fixtures.context().state(state).mode(mode).observer());
    }

    @ParameterizedTest(name = "{0}: approval {1} + {4}, removal {2} + {3}")
    @CsvSource({
        "COMMIT, 1, 1, 1, 1", "ROLLBACK, 1, 1, 1, 1",
        "COMMIT, 2, 3, -1, -2", "ROLLBACK, 2, 3, -1, -2",
        "COMMIT, 3, 1, 0, 0", "ROLLBACK, 3, 1, 0, 0",
        "COMMIT, 1, 3, 2, -1", "ROLLBACK, 1, 3, 2, -1"})
    void aMultisigAccountsMinimumsMoveByTheDeltas(NotifyMode mode, int approval, int removal, int removalDelta,
            int approvalDelta) {
        // Arrange: account 1 is a multisig of 2, 3 and 4
        Transition transition = new Transition(
                () -> Fixtures.graph().multisig(1, approval, removal, 2, 3, 4).state(),
                () -> Fixtures.graph().multisig(1, approval + approvalDelta, removal + removalDelta, 2, 3, 4).state());
        InMemoryState state = transition.start(mode);

        // Act
        observe(removalDelta, approvalDelta, 1, state, mode);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anAccountThatLostItsLastCosignatoryButCosignsAnotherFallsToZero(NotifyMode mode) {
        // Arrange: what the cosigners observer left (commit) or will give the cosignatory back to (rollback)
        Transition transition = new Transition(
                () -> Fixtures.graph().multisig(9, 1, 1, 1).minimums(1, 1, 1).state(),
                () -> Fixtures.graph().multisig(9, 1, 1, 1).minimums(1, 0, 0).state());
        InMemoryState state = transition.start(mode);

        // Act
        observe(-1, -1, 1, state, mode);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest(name = "{0}, deltas {1}, {1}")
    @CsvSource({"COMMIT, 0", "ROLLBACK, 0", "COMMIT, 3", "ROLLBACK, 3", "COMMIT, -2", "ROLLBACK, -2"})
    void aPlainAccountOutsideTheGraphWithoutModificationsIsLeftAlone(NotifyMode mode, int delta) {
        // Arrange: validation let equal deltas through, as Sirius does
        InMemoryState state = Fixtures.graph().multisig(7, 1, 1, 8).state();

        // Act
        observe(delta, delta, 0, state, mode);

        // Assert
        assertEquals(Fixtures.graph().multisig(7, 1, 1, 8).state().snapshot(), state.snapshot());
    }

    @ParameterizedTest(name = "deltas {0}, {0}")
    @CsvSource({"-1", "0", "5"})
    void anAccountTheCosignersObserverDeletedStaysDeletedOnCommit(int delta) {
        // Arrange: account 1 lost its only cosignatory and cosigns nothing
        InMemoryState state = Fixtures.state();

        // Act
        observe(delta, delta, 1, state, NotifyMode.COMMIT);

        // Assert
        assertEquals(Fixtures.state().snapshot(), state.snapshot());
    }

    @ParameterizedTest(name = "deltas {0}, {0}")
    @CsvSource({"-1", "0", "5"})
    void rollingItBackRestoresTheOnlyMinimumsItCanHaveHadWhateverTheDeltas(int delta) {
        // Arrange
        InMemoryState state = Fixtures.state();

        // Act
        observe(delta, delta, 1, state, NotifyMode.ROLLBACK);

        // Assert: an unlinked entry with minimums 1 and 1, which the cosigners observer links back next
        assertEquals(Fixtures.graph().minimums(1, 1, 1).state().snapshot(), state.snapshot());
    }

    @Test
    void aCosignatoryOnlyAccountKeepsZeroMinimumsWithZeroDeltas() {
        // Arrange: account 1 cosigns 9; a transaction of 1 without modifications and zero deltas
        InMemoryState state = Fixtures.graph().multisig(9, 1, 1, 1).state();

        // Act
        observe(0, 0, 0, state, NotifyMode.COMMIT);

        // Assert
        assertEquals(Fixtures.graph().multisig(9, 1, 1, 1).state().snapshot(), state.snapshot());
    }
}
