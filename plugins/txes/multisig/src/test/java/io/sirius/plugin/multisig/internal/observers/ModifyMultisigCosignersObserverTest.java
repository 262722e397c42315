package io.sirius.plugin.multisig.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.internal.validators.Modifications;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.multisig.state.MultisigEntry;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModifyMultisigCosignersObserverTest {

    private static void observe(int signer, String modifications, InMemoryState state, NotifyMode mode) {
        new ModifyMultisigCosignersObserver().notify(
                new ModifyMultisigCosignersNotification(Fixtures.key(signer), Modifications.parse(modifications)),
                Fixtures.context().state(state).mode(mode).observer());
    }

    private static void assertTransition(Transition transition, int signer, String modifications, NotifyMode mode) {
        // Arrange
        InMemoryState state = transition.start(mode);

        // Act
        observe(signer, modifications, state, mode);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aPlainAccountGainsCosignatoriesWithBothSidesOfEachLinkAndItsMinimumsStillZero(NotifyMode mode) {
        assertTransition(new Transition(Fixtures::state, () -> Fixtures.graph().multisig(1, 0, 0, 2, 3).state()),
                1, "+2 +3", mode);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aRemovedCosignatoryWithNoOtherLinkLeavesTheCacheAndANewOneEntersIt(NotifyMode mode) {
        assertTransition(new Transition(() -> Fixtures.graph().multisig(1, 2, 2, 2, 3, 4).state(),
                () -> Fixtures.graph().multisig(1, 2, 2, 2, 3, 5).state()), 1, "+5 -4", mode);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aCosignatoryOfAnotherAccountStaysWithThatLinkOnly(NotifyMode mode) {
        assertTransition(new Transition(() -> Fixtures.graph().multisig(1, 1, 1, 2, 3).multisig(7, 1, 1, 2).state(),
                () -> Fixtures.graph().multisig(1, 1, 1, 3).multisig(7, 1, 1, 2).state()), 1, "-2", mode);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aCosignatoryThatIsItselfMultisigKeepsItsOwnCosignatories(NotifyMode mode) {
        assertTransition(new Transition(() -> Fixtures.graph().multisig(1, 1, 1, 2).multisig(4, 1, 1, 5).state(),
                () -> Fixtures.graph().multisig(1, 1, 1, 2, 4).multisig(4, 1, 1, 5).state()), 1, "+4", mode);
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anAccountThatLosesItsLastCosignatoryButCosignsAnotherStaysWithItsMinimums(NotifyMode mode) {
        // the settings observer, which runs after this one, takes the minimums to zero
        assertTransition(new Transition(() -> Fixtures.graph().multisig(9, 1, 1, 1).multisig(1, 1, 1, 2).state(),
                () -> Fixtures.graph().multisig(9, 1, 1, 1).minimums(1, 1, 1).state()), 1, "-2", mode);
    }

    @Test
    void anAccountThatLosesItsLastCosignatoryAndCosignsNothingLeavesTheCacheAtOnceAsInSirius() {
        // Arrange
        InMemoryState state = Fixtures.graph().multisig(1, 1, 1, 2).state();

        // Act
        observe(1, "-2", state, NotifyMode.COMMIT);

        // Assert: gone with its minimums; the settings observer leaves it gone
        assertEquals(Fixtures.state().snapshot(), state.snapshot());
    }

    @Test
    void rollingThatBackGivesTheCosignatoryBackToTheEntryTheSettingsObserverRestored() {
        // Arrange: in rollback the settings observer runs first and restores the account with minimums 1 and 1
        InMemoryState state = Fixtures.state();
        MultisigEntry restored = MultisigEntry.empty(Fixtures.key(1), Fixtures.address(Fixtures.key(1)))
                .withMinimums(1, 1);
        state.cache(MultisigCache.DESCRIPTOR).put(restored.account(), restored);

        // Act
        observe(1, "-2", state, NotifyMode.ROLLBACK);

        // Assert
        assertEquals(Fixtures.graph().multisig(1, 1, 1, 2).state().snapshot(), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void entriesKeepTheirAddresses(NotifyMode mode) {
        // Arrange
        InMemoryState state = mode == NotifyMode.COMMIT ? Fixtures.state() : Fixtures.graph().multisig(1, 0, 0, 2).state();

        // Act
        observe(1, "+2", state, mode);

        // Assert
        List<MultisigEntry> entries = state.entries(MultisigCache.DESCRIPTOR);
        entries.forEach(e -> assertEquals(Fixtures.address(e.account()), e.accountAddress()));
        assertEquals(mode == NotifyMode.COMMIT ? 2 : 0, entries.size());
    }
}
