package io.sirius.plugin.mosaic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Height;
import io.sirius.plugin.mosaic.internal.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LevyEntryTest {
    private static final MosaicLevy FIRST = Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OTHER, Fixtures.CURRENCY, 5);
    private static final MosaicLevy SECOND = Fixtures.levy(LevyType.PERCENTILE, Fixtures.THIRD, Fixtures.CURRENCY, 100_000);

    @Test
    void anUpdatePushesTheLevyItReplacesAndAnUndoBringsItBack() {
        // Arrange
        LevyEntry entry = LevyEntry.of(Fixtures.MOSAIC, FIRST);

        // Act
        LevyEntry updated = entry.update(SECOND, new Height(7));
        LevyEntry undone = updated.undo();

        // Assert
        assertEquals(Optional.of(SECOND), updated.levy());
        assertEquals(List.of(new LevyHistoryItem(new Height(7), Optional.of(FIRST))), updated.history());
        assertEquals(entry, undone);
        assertFalse(undone.hasHistory());
    }

    @Test
    void aRemovalKeepsTheEntryWithItsLevyInTheHistory() {
        // Arrange
        LevyEntry entry = LevyEntry.of(Fixtures.MOSAIC, FIRST);

        // Act
        LevyEntry removed = entry.remove(new Height(9));
        LevyEntry reset = removed.update(SECOND, new Height(10));

        // Assert
        assertEquals(Optional.empty(), removed.levy());
        assertTrue(removed.hasHistory());
        assertEquals(new LevyHistoryItem(new Height(10), Optional.empty()), reset.history().get(1));
        assertEquals(removed, reset.undo());
        assertEquals(entry, reset.undo().undo());
    }

    @Test
    void refusesToRemoveNothingOrToUndoWithoutHistory() {
        // Arrange
        LevyEntry entry = LevyEntry.of(Fixtures.MOSAIC, FIRST);

        // Act and Assert
        assertThrows(IllegalStateException.class, entry::undo);
        assertThrows(IllegalStateException.class, () -> entry.remove(new Height(1)).remove(new Height(2)));
    }

    @Test
    void aLevyInForceHasAType() {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> Fixtures.levy(LevyType.NONE, Fixtures.OTHER, Fixtures.CURRENCY, 1));
    }
}
