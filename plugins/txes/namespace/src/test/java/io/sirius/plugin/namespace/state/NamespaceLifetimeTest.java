package io.sirius.plugin.namespace.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceLifetimeTest {
    /** Active for [10, 20), grace period until 25. */
    private static final NamespaceLifetime LIFETIME = new NamespaceLifetime(new Height(10), new Height(20), new Height(25));

    @ParameterizedTest(name = "height {0}: active {1}, active or in grace {2}")
    @CsvSource({"9, false, false", "10, true, true", "19, true, true", "20, false, true", "24, false, true",
        "25, false, false", "26, false, false"})
    void isActiveUntilTheEndAndInGraceUntilTheGraceEnd(long height, boolean active, boolean activeOrGrace) {
        // Act and Assert
        assertEquals(active, LIFETIME.isActive(new Height(height)));
        assertEquals(activeOrGrace, LIFETIME.isActiveOrInGracePeriod(new Height(height)));
    }

    @Test
    void aFreshLifetimeStartsAtTheHeightAndAddsTheGracePeriod() {
        // Act
        NamespaceLifetime fresh = NamespaceLifetime.of(new Height(100), new BlockDuration(50), new BlockDuration(7));

        // Assert
        assertEquals(new NamespaceLifetime(new Height(100), new Height(150), new Height(157)), fresh);
        assertFalse(fresh.isEternal());
    }

    @Test
    void durationZeroIsEternalWithoutGracePeriod() {
        // Act
        NamespaceLifetime eternal = NamespaceLifetime.of(new Height(1), new BlockDuration(0), new BlockDuration(7));

        // Assert
        assertTrue(eternal.isEternal());
        assertEquals(NamespaceLifetime.ETERNAL, eternal.end());
        assertEquals(NamespaceLifetime.ETERNAL, eternal.graceEnd());
        assertTrue(eternal.isActive(new Height(-2L)));
    }

    @Test
    void aRenewalKeepsTheStartMovesTheEndAndRecomputesTheGrace() {
        // Act
        NamespaceLifetime renewed = LIFETIME.renewedBy(new BlockDuration(30), new BlockDuration(2));
        NamespaceLifetime madeEternal = LIFETIME.renewedBy(new BlockDuration(0), new BlockDuration(2));

        // Assert
        assertEquals(new NamespaceLifetime(new Height(10), new Height(50), new Height(52)), renewed);
        assertTrue(madeEternal.isEternal());
        assertEquals(new Height(10), madeEternal.start());
    }

    @Test
    void sumsPastTheLargestHeightSaturate() {
        // Act
        NamespaceLifetime huge = NamespaceLifetime.of(new Height(-10L), new BlockDuration(5), new BlockDuration(100));

        // Assert
        assertEquals(new Height(-5L), huge.end());
        assertEquals(NamespaceLifetime.ETERNAL, huge.graceEnd());
    }

    @Test
    void refusesAnEmptyLifetimeAndAGraceEndBeforeTheEnd() {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> new NamespaceLifetime(new Height(5), new Height(5), new Height(5)));
        assertThrows(IllegalArgumentException.class, () -> new NamespaceLifetime(new Height(5), new Height(9), new Height(8)));
    }
}
