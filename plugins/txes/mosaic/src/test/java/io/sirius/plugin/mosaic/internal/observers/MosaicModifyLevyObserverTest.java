package io.sirius.plugin.mosaic.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyNotification;
import io.sirius.plugin.mosaic.model.UnresolvedMosaicLevy;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MosaicModifyLevyObserverTest {
    /** A 2 % levy to the owner (named by alias), paid in the levied mosaic (named by alias). */
    private static final UnresolvedMosaicLevy RAW = new UnresolvedMosaicLevy(2, Fixtures.OWNER_ALIAS, Fixtures.MOSAIC_ALIAS,
            new Amount(200_000));
    /** RAW with its aliases resolved. */
    private static final MosaicLevy RESOLVED = Fixtures.levy(LevyType.PERCENTILE, Fixtures.OWNER, Fixtures.MOSAIC, 200_000);
    private static final MosaicLevy EARLIER = Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OTHER, Fixtures.CURRENCY, 5);

    private static InMemoryState state(LevyEntry... entries) {
        InMemoryState state = Fixtures.state();
        for (LevyEntry entry : entries) {
            state.cache(LevyCache.DESCRIPTOR).put(entry.mosaicId(), entry);
        }
        return state;
    }

    private static void observe(InMemoryState state, UnresolvedMosaicId levied, NotifyMode mode) {
        new MosaicModifyLevyObserver().notify(new MosaicModifyLevyNotification(levied, RAW, Fixtures.OWNER),
                Fixtures.context(state).mode(mode).observer());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aFirstLevyCreatesTheEntryAndItsRollbackRemovesIt(NotifyMode mode) {
        // Arrange
        LevyEntry created = LevyEntry.of(Fixtures.MOSAIC, RESOLVED);
        InMemoryState state = mode == NotifyMode.COMMIT ? state() : state(created);

        // Act
        observe(state, Fixtures.MOSAIC_ALIAS, mode);

        // Assert
        assertEquals(mode == NotifyMode.COMMIT ? List.of(created) : List.of(), state.entries(LevyCache.DESCRIPTOR));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aLaterLevyReplacesTheOneInForceAndItsRollbackRestoresIt(NotifyMode mode) {
        // Arrange
        LevyEntry before = LevyEntry.of(Fixtures.MOSAIC, EARLIER);
        LevyEntry after = before.update(RESOLVED, new Height(Fixtures.HEIGHT));
        InMemoryState state = mode == NotifyMode.COMMIT ? state(before) : state(after);

        // Act
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), mode);

        // Assert
        assertEquals(List.of(mode == NotifyMode.COMMIT ? after : before), state.entries(LevyCache.DESCRIPTOR));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aLevyAfterARemovalKeepsTheRemovalInTheHistory(NotifyMode mode) {
        // Arrange
        LevyEntry removed = LevyEntry.of(Fixtures.MOSAIC, EARLIER).remove(new Height(20));
        LevyEntry reset = removed.update(RESOLVED, new Height(Fixtures.HEIGHT));
        InMemoryState state = mode == NotifyMode.COMMIT ? state(removed) : state(reset);

        // Act
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), mode);

        // Assert
        assertEquals(List.of(mode == NotifyMode.COMMIT ? reset : removed), state.entries(LevyCache.DESCRIPTOR));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anObservationAndItsOppositeLeaveTheStateAsItWas(NotifyMode first) {
        // Arrange: another mosaic's levy is there too
        NotifyMode second = first == NotifyMode.COMMIT ? NotifyMode.ROLLBACK : NotifyMode.COMMIT;
        LevyEntry bystander = LevyEntry.of(Fixtures.OTHER_MOSAIC, EARLIER);
        LevyEntry before = LevyEntry.of(Fixtures.MOSAIC, EARLIER);
        InMemoryState state = first == NotifyMode.COMMIT
                ? state(before, bystander)
                : state(before.update(RESOLVED, new Height(Fixtures.HEIGHT)), bystander);
        Map<String, Map<String, String>> snapshot = state.snapshot();

        // Act
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), first);
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), second);

        // Assert
        assertEquals(snapshot, state.snapshot());
    }

    @Test
    void rollingBackAMissingLevyOrCommittingAnUnresolvableOneIsAnError() {
        // Act and Assert
        assertThrows(IllegalStateException.class,
                () -> observe(state(), Fixtures.unresolved(Fixtures.MOSAIC), NotifyMode.ROLLBACK));
        assertThrows(IllegalStateException.class, () -> observe(state(), Fixtures.UNKNOWN_ALIAS, NotifyMode.COMMIT));
    }
}
