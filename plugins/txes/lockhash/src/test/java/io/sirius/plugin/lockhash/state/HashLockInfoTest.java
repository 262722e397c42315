package io.sirius.plugin.lockhash.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Height;
import io.sirius.plugin.lockhash.internal.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashLockInfoTest {

    @ParameterizedTest(name = "height {0}, {1}: {2}")
    @CsvSource({"99, UNUSED, true", "100, UNUSED, false", "101, UNUSED, false", "1, USED, false"})
    void isActiveBelowItsHeightWhileUnused(long at, LockStatus status, boolean active) {
        // Act + Assert
        assertEquals(active, Fixtures.lock().withStatus(status).isActive(new Height(at)));
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({"100, false", "105, false", "106, true"})
    void siriusPrunesALockAtTheEndOfBlockHeightPlusMaxRollbackBlocks(long at, boolean pruned) {
        // Act + Assert
        assertEquals(pruned, Fixtures.lock().isPruned(new Height(at), 5));
        assertFalse(Fixtures.lock().isPruned(new Height(Long.MAX_VALUE), Long.MAX_VALUE));
    }

    @Test
    void replacesOnlyALockOfTheSameHashAndSeesItsWholeChain() {
        // Arrange
        HashLockInfo old = Fixtures.lock(Fixtures.AGGREGATE, Fixtures.OTHER, 50, LockStatus.UNUSED);
        HashLockInfo current = Fixtures.replacing(old, Fixtures.OWNER, 200);

        // Act + Assert
        assertTrue(current.anyInChain(l -> l.account().equals(Fixtures.OTHER)));
        assertFalse(current.anyInChain(l -> l.height().value() == 7));
        assertThrows(IllegalArgumentException.class, () -> new HashLockInfo(Fixtures.OWNER, Fixtures.OWNER_ADDRESS,
                Fixtures.CURRENCY, old.amount(), new Height(9), LockStatus.UNUSED, Fixtures.hash(1), Optional.of(old)));
        assertEquals(LockStatus.USED, LockStatus.fromCode(1));
        assertThrows(IllegalArgumentException.class, () -> LockStatus.fromCode(2));
    }

    @Test
    void keySetsKeepUnsignedByteOrderOnceEach() {
        // Act
        LockKeySet set = LockKeySet.EMPTY.with(Fixtures.hash(0x80)).with(Fixtures.hash(0x01)).with(Fixtures.hash(0x7F))
                .with(Fixtures.hash(0x01));

        // Assert
        assertEquals(List.of(Fixtures.hash(0x01), Fixtures.hash(0x7F), Fixtures.hash(0x80)), set.keys());
        assertEquals(List.of(Fixtures.hash(0x80)), set.without(Fixtures.hash(0x01)).without(Fixtures.hash(0x7F)).keys());
        assertThrows(IllegalArgumentException.class, () -> new LockKeySet(List.of(Fixtures.hash(2), Fixtures.hash(1))));
    }
}
