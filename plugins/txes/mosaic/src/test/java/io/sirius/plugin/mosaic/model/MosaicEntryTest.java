package io.sirius.plugin.mosaic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Amount;
import io.sirius.plugin.mosaic.internal.Fixtures;
import org.junit.jupiter.api.Test;

class MosaicEntryTest {
    private final MosaicEntry entry = Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0, 3, 100);

    @Test
    void increasesAndDecreasesTheSupply() {
        // Act
        MosaicEntry increased = entry.increaseSupply(new Amount(50));
        MosaicEntry decreased = entry.decreaseSupply(new Amount(100));

        // Assert
        assertEquals(new Amount(150), increased.supply());
        assertEquals(Amount.ZERO, decreased.supply());
        assertEquals(entry.definition(), increased.definition());
    }

    @Test
    void refusesToGoBelowZeroOrPastTwoToTheSixtyFour() {
        // Act and Assert
        assertThrows(ArithmeticException.class, () -> entry.decreaseSupply(new Amount(101)));
        assertThrows(ArithmeticException.class, () -> entry.increaseSupply(new Amount(-100)));
    }
}
