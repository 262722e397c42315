package io.sirius.plugin.lockhash.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Height;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockshared.state.LockStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a hash lock adds to the shared lock (whose rules lockshared's LockInfoTest covers). */
class HashLockInfoTest {

    @Test
    void isKeyedByItsAggregateHashAndChangesOnlyItsStatus() {
        // Act
        HashLockInfo used = Fixtures.lock().withStatus(LockStatus.USED);

        // Assert
        assertEquals(Fixtures.AGGREGATE, Fixtures.lock().key());
        assertEquals(Fixtures.lock(Fixtures.AGGREGATE, Fixtures.OWNER, 100, LockStatus.USED), used);
        assertEquals(Fixtures.lock(), used.withStatus(LockStatus.UNUSED));
    }

    @Test
    void replacesOnlyALockOfTheSameHash() {
        // Arrange
        HashLockInfo old = Fixtures.lock(Fixtures.AGGREGATE, Fixtures.OTHER, 50, LockStatus.UNUSED);

        // Act + Assert
        assertEquals(Optional.of(old), Fixtures.replacing(old, Fixtures.OWNER, 200).replaced());
        assertThrows(IllegalArgumentException.class, () -> new HashLockInfo(Fixtures.OWNER, Fixtures.OWNER_ADDRESS,
                Fixtures.CURRENCY, old.amount(), new Height(9), LockStatus.UNUSED, Fixtures.hash(1), Optional.of(old)));
    }
}
