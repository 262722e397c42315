package io.sirius.plugin.namespace.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.NamespaceId;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamespaceIdSetTest {
    private static final NamespaceId SMALL = new NamespaceId(5);
    private static final NamespaceId MIDDLE = new NamespaceId(0x7FFFFFFFFFFFFFFFL);
    /** Bit 63 set: larger than the others as uint64. */
    private static final NamespaceId LARGE = new NamespaceId(0x8000000000000001L);

    @Test
    void keepsIdsAscendingAsUint64WhateverTheOrderTheyCameIn() {
        // Act
        NamespaceIdSet set = NamespaceIdSet.EMPTY.with(LARGE).with(SMALL).with(MIDDLE).with(SMALL);

        // Assert
        assertEquals(List.of(SMALL, MIDDLE, LARGE), set.ids());
        assertEquals(set, NamespaceIdSet.of(List.of(MIDDLE, LARGE, SMALL, LARGE)));
        assertTrue(set.contains(LARGE));
        assertEquals(3, set.size());
    }

    @Test
    void removesAndIgnoresWhatIsNotThere() {
        // Arrange
        NamespaceIdSet set = NamespaceIdSet.of(List.of(SMALL, LARGE));

        // Act
        NamespaceIdSet without = set.without(SMALL);

        // Assert
        assertEquals(List.of(LARGE), without.ids());
        assertFalse(without.contains(SMALL));
        assertSame(without, without.without(MIDDLE));
        assertTrue(without.without(LARGE).isEmpty());
    }

    @Test
    void refusesUnsortedOrRepeatedIds() {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> new NamespaceIdSet(List.of(LARGE, SMALL)));
        assertThrows(IllegalArgumentException.class, () -> new NamespaceIdSet(List.of(SMALL, SMALL)));
    }
}
