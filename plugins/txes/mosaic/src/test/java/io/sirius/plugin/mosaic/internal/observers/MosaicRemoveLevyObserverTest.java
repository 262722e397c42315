package io.sirius.plugin.mosaic.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Height;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyNotification;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MosaicRemoveLevyObserverTest {
    private static final LevyEntry IN_FORCE = LevyEntry.of(Fixtures.MOSAIC,
            Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OTHER, Fixtures.CURRENCY, 5));
    private static final LevyEntry REMOVED = IN_FORCE.remove(new Height(Fixtures.HEIGHT));

    private static InMemoryState state(LevyEntry entry) {
        InMemoryState state = Fixtures.state();
        state.cache(LevyCache.DESCRIPTOR).put(entry.mosaicId(), entry);
        return state;
    }

    private static void observe(InMemoryState state, UnresolvedMosaicId id, NotifyMode mode) {
        new MosaicRemoveLevyObserver().notify(new MosaicRemoveLevyNotification(id, Fixtures.OWNER),
                Fixtures.context(state).mode(mode).observer());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aRemovalMovesTheLevyIntoTheHistoryAndItsRollbackBringsItBack(NotifyMode mode) {
        // Arrange
        InMemoryState state = state(mode == NotifyMode.COMMIT ? IN_FORCE : REMOVED);

        // Act
        observe(state, Fixtures.MOSAIC_ALIAS, mode);

        // Assert
        assertEquals(List.of(mode == NotifyMode.COMMIT ? REMOVED : IN_FORCE), state.entries(LevyCache.DESCRIPTOR));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anObservationAndItsOppositeLeaveTheStateAsItWas(NotifyMode first) {
        // Arrange
        NotifyMode second = first == NotifyMode.COMMIT ? NotifyMode.ROLLBACK : NotifyMode.COMMIT;
        InMemoryState state = state(first == NotifyMode.COMMIT ? IN_FORCE : REMOVED);
        Map<String, Map<String, String>> before = state.snapshot();

        // Act
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), first);
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), second);

        // Assert
        assertEquals(before, state.snapshot());
    }

    @Test
    void aMissingEntryOrAnAlreadyRemovedLevyIsAnError() {
        // Act and Assert
        assertThrows(IllegalStateException.class,
                () -> observe(Fixtures.state(), Fixtures.unresolved(Fixtures.MOSAIC), NotifyMode.COMMIT));
        assertThrows(IllegalStateException.class,
                () -> observe(state(REMOVED), Fixtures.unresolved(Fixtures.MOSAIC), NotifyMode.COMMIT));
        assertThrows(IllegalStateException.class,
                () -> observe(state(IN_FORCE), Fixtures.unresolved(Fixtures.MOSAIC), NotifyMode.ROLLBACK));
    }
}
