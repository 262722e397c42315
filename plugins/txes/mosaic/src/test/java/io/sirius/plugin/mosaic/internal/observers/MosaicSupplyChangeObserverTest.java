package io.sirius.plugin.mosaic.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MosaicSupplyChangeObserverTest {
    private static final int DECREASE = 0;
    private static final int INCREASE = 1;

    private static InMemoryState withSupply(long supply) {
        return Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0, 3, supply));
    }

    private static void observe(InMemoryState state, UnresolvedMosaicId id, int direction, long delta, NotifyMode mode) {
        new MosaicSupplyChangeObserver().notify(new MosaicSupplyChangeNotification(Fixtures.OWNER, id, direction,
                new Amount(delta)), Fixtures.context(state).mode(mode).observer());
    }

    private static long supply(InMemoryState state) {
        return state.entries(MosaicCache.DESCRIPTOR).get(0).supply().value();
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anIncreaseRaisesTheSupplyAndItsRollbackLowersIt(NotifyMode mode) {
        // Arrange
        InMemoryState state = withSupply(mode == NotifyMode.COMMIT ? 100 : 130);

        // Act
        observe(state, Fixtures.MOSAIC_ALIAS, INCREASE, 30, mode);

        // Assert
        assertEquals(mode == NotifyMode.COMMIT ? 130 : 100, supply(state));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aDecreaseLowersTheSupplyAndItsRollbackRaisesIt(NotifyMode mode) {
        // Arrange
        InMemoryState state = withSupply(mode == NotifyMode.COMMIT ? 100 : 70);

        // Act
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), DECREASE, 30, mode);

        // Assert
        assertEquals(mode == NotifyMode.COMMIT ? 70 : 100, supply(state));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anObservationAndItsOppositeLeaveTheStateAsItWas(NotifyMode first) {
        // Arrange
        NotifyMode second = first == NotifyMode.COMMIT ? NotifyMode.ROLLBACK : NotifyMode.COMMIT;
        InMemoryState state = withSupply(500);
        Fixtures.put(state, Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OTHER, 1, 0, 3, 9));
        Map<String, Map<String, String>> before = state.snapshot();

        // Act
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), DECREASE, 500, first);
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), DECREASE, 500, second);

        // Assert
        assertEquals(before, state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anUndefinedDirectionChangesNothing(NotifyMode mode) {
        // Arrange
        InMemoryState state = withSupply(100);
        Map<String, Map<String, String>> before = state.snapshot();

        // Act
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), 2, 30, mode);

        // Assert
        assertEquals(before, state.snapshot());
    }

    @Test
    void aMissingOrUnresolvableMosaicIsAnError() {
        // Act and Assert
        assertThrows(IllegalStateException.class,
                () -> observe(Fixtures.state(), Fixtures.unresolved(Fixtures.MOSAIC), INCREASE, 1, NotifyMode.COMMIT));
        assertThrows(IllegalStateException.class,
                () -> observe(withSupply(1), Fixtures.UNKNOWN_ALIAS, INCREASE, 1, NotifyMode.COMMIT));
    }

    @Test
    void leavesTheOtherMosaicsAlone() {
        // Arrange
        InMemoryState state = withSupply(1);
        Fixtures.put(state, Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OTHER, 1, 0, 3, 9));

        // Act
        observe(state, Fixtures.unresolved(Fixtures.MOSAIC), INCREASE, 1, NotifyMode.COMMIT);

        // Assert
        assertEquals(List.of(9L, 2L), state.entries(MosaicCache.DESCRIPTOR).stream().map(e -> e.supply().value()).toList());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aSupplyChangeMovesTheMosaicInTheSupplyIndexAndRewritesItsOtherRows(NotifyMode mode) {
        // Arrange: defined at 1 with flags 3
        InMemoryState state = withSupply(mode == NotifyMode.COMMIT ? 0x100 : 0x130);

        // Act
        observe(state, Fixtures.MOSAIC_ALIAS, INCREASE, 0x30, mode);

        // Assert
        String supply = mode == NotifyMode.COMMIT ? "0000000000000130" : "0000000000000100";
        String key = "0000000000000001" + "36CC4F72E42A81D3";
        String value = "03" + supply;
        assertEquals(List.of(Map.of(key, value), Map.of(Fixtures.OWNER.toHex() + key, value), Map.of(supply + key, value)),
                MosaicDefinitionObserverTest.indexRows(state));
    }
}
