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

    /** The rows of the plugin's three indexes, as the state's snapshot shows them (an empty index is left out). */
    static List<Map<String, String>> indexRows(InMemoryState state) {
        Map<String, Map<String, String>> snapshot = state.snapshot();
        return List.of(snapshot.getOrDefault("index:mosaic_by_height", Map.of()),
                snapshot.getOrDefault("index:mosaic_by_owner", Map.of()),
                snapshot.getOrDefault("index:mosaic_by_supply", Map.of()));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aFirstDefinitionIndexesTheMosaicAndItsRollbackUnindexesIt(NotifyMode mode) {
        // Arrange
        MosaicEntry created = new MosaicEntry(Fixtures.MOSAIC, Amount.ZERO,
                new MosaicDefinition(new Height(Fixtures.HEIGHT), Fixtures.OWNER, 1, DEFINED));
        InMemoryState state = mode == NotifyMode.COMMIT ? state() : state(created);
        Fixtures.put(state, Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OTHER, 1, 0, 0, 0));

        // Act
        observe(state, DEFINED, mode);

        // Assert: by height, by owner, by supply; the value is flags | supply
        String other = "0000000000000001" + "1234567890ABCDEF";
        String mine = "0000000000000064" + "36CC4F72E42A81D3";
        Map<String, String> byHeight = new java.util.TreeMap<>(Map.of(other, "00" + "0000000000000000"));
        Map<String, String> byOwner = new java.util.TreeMap<>(Map.of(Fixtures.OTHER.toHex() + other, "000000000000000000"));
        Map<String, String> bySupply = new java.util.TreeMap<>(Map.of("0000000000000000" + other, "000000000000000000"));
        if (mode == NotifyMode.COMMIT) {
            byHeight.put(mine, "03" + "0000000000000000");
            byOwner.put(Fixtures.OWNER.toHex() + mine, "030000000000000000");
            bySupply.put("0000000000000000" + mine, "030000000000000000");
        }
        assertEquals(List.of(byHeight, byOwner, bySupply), indexRows(state));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aRedefinitionRewritesTheFlagsInTheRowsAndItsRollbackRestoresThem(NotifyMode mode) {
        // Arrange
        InMemoryState state = state(mode == NotifyMode.COMMIT ? FIRST : SECOND);

        // Act
        observe(state, CHANGE, mode);

        // Assert: defined at 50 (0x32), flags 3 before the change and 2 after, supply 0
        String key = "0000000000000032" + "36CC4F72E42A81D3";
        String value = (mode == NotifyMode.COMMIT ? "02" : "03") + "0000000000000000";
        assertEquals(List.of(Map.of(key, value), Map.of(Fixtures.OWNER.toHex() + key, value),
                Map.of("0000000000000000" + key, value)), indexRows(state));
    }
}
