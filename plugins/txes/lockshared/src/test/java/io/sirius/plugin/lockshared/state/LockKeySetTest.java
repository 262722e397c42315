package io.sirius.plugin.lockshared.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Hash256;
import io.sirius.plugin.lockshared.TestLocks;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockKeySetTest {
    private static final Hash256 LOW = TestLocks.hash(0x01);
    private static final Hash256 MIDDLE = TestLocks.hash(0x7F);
    private static final Hash256 HIGH = TestLocks.hash(0x80);

    @Test
    void keepsKeysInUnsignedByteOrderOnceEach() {
        // Act
        LockKeySet set = LockKeySet.EMPTY.with(HIGH).with(LOW).with(MIDDLE).with(LOW);

        // Assert: 0x80 sorts after 0x7F, as the store's unsigned order has it
        assertEquals(List.of(LOW, MIDDLE, HIGH), set.keys());
        assertTrue(set.contains(MIDDLE));
        assertSame(set, set.with(LOW));
    }

    @Test
    void removesWhatItHoldsAndIgnoresWhatItDoesNot() {
        // Arrange
        LockKeySet set = LockKeySet.EMPTY.with(LOW).with(HIGH);

        // Act + Assert
        assertEquals(List.of(HIGH), set.without(LOW).keys());
        assertSame(set, set.without(MIDDLE));
        assertTrue(set.without(LOW).without(HIGH).isEmpty());
        assertFalse(set.contains(MIDDLE));
    }

    @Test
    void refusesKeysOutOfOrderOrRepeated() {
        // Act + Assert
        assertThrows(IllegalArgumentException.class, () -> new LockKeySet(List.of(HIGH, LOW)));
        assertThrows(IllegalArgumentException.class, () -> new LockKeySet(List.of(LOW, LOW)));
    }
}
