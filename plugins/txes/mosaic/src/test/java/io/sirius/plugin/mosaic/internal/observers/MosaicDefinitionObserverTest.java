package io.sirius.plugin.mosaic.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicDefinition;
import io.sirius.plugin.mosaic.model.MosaicDefinitionNotification;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MosaicDefinitionObserverTest {
    private static final MosaicProperties DEFINED = new MosaicProperties(3, 3, new BlockDuration(100));
    /** Defined at 50, revision 1. */
    private static final MosaicEntry FIRST = new MosaicEntry(Fixtures.MOSAIC, Amount.ZERO,
            new MosaicDefinition(new Height(50), Fixtures.OWNER, 1, DEFINED));
    /** A redefinition that clears the supply-mutable flag, toggles divisibility bits and adds 10 blocks. */
    private static final MosaicProperties CHANGE = new MosaicProperties(1, 2, new BlockDuration(10));
    /** FIRST after CHANGE at revision 2. */
    private static final MosaicEntry SECOND = new MosaicEntry(Fixtures.MOSAIC, Amount.ZERO,
            new MosaicDefinition(new Height(50), Fixtures.OWNER, 2, new MosaicProperties(2, 1, new BlockDuration(110))));

    private static InMemoryState state(MosaicEntry... entries) {
        InMemoryState state = Fixtures.state();
        for (MosaicEntry entry : entries) {
            Fixtures.put(state, entry);
        }
        return state;
    }

    private static void observe(InMemoryState state, MosaicProperties properties, NotifyMode mode) {
        new MosaicDefinitionObserver().notify(new MosaicDefinitionNotification(Fixtures.OWNER, Fixtures.MOSAIC, properties),
                Fixtures.context(state).mode(mode).observer());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aFirstDefinitionCreatesRevisionOneAtTheHeightAndItsRollbackRemovesIt(NotifyMode mode) {
        // Arrange
        MosaicEntry created = new MosaicEntry(Fixtures.MOSAIC, Amount.ZERO,
                new MosaicDefinition(new Height(Fixtures.HEIGHT), Fixtures.OWNER, 1, DEFINED));
        InMemoryState state = mode == NotifyMode.COMMIT ? state() : state(created);

        // Act
        observe(state, DEFINED, mode);

        // Assert
        assertEquals(mode == NotifyMode.COMMIT ? List.of(created) : List.of(), state.entries(MosaicCache.DESCRIPTOR));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aRedefinitionTogglesFlagsAndDivisibilityAndAddsTheDuration(NotifyMode mode) {
        // Arrange
        InMemoryState state = mode == NotifyMode.COMMIT ? state(FIRST) : state(SECOND);

        // Act
        observe(state, CHANGE, mode);

        // Assert
        assertEquals(List.of(mode == NotifyMode.COMMIT ? SECOND : FIRST), state.entries(MosaicCache.DESCRIPTOR));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anObservationAndItsOppositeLeaveTheStateAsItWas(NotifyMode first) {
        // Arrange: another mosaic is there too and must not move
        NotifyMode second = first == NotifyMode.COMMIT ? NotifyMode.ROLLBACK : NotifyMode.COMMIT;
        MosaicEntry bystander = Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OTHER, 1, 0, 2, 77);
        InMemoryState state = first == NotifyMode.COMMIT ? state(FIRST, bystander) : state(SECOND, bystander);
        Map<String, Map<String, String>> before = state.snapshot();

        // Act
        observe(state, CHANGE, first);
        observe(state, CHANGE, second);

        // Assert
        assertEquals(before, state.snapshot());
    }

    @Test
    void rollingBackAMissingMosaicIsAnError() {
        // Act and Assert
        assertThrows(IllegalStateException.class, () -> observe(state(), DEFINED, NotifyMode.ROLLBACK));
    }
}
