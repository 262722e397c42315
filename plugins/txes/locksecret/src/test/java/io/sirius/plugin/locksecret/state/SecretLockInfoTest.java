package io.sirius.plugin.locksecret.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Height;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretLockInfoTest {

    @Test
    void theCompositeHashIsSha3OfTheSecretAndTheRecipientAddress() {
        // Act + Assert (golden value from @noble/hashes)
        assertEquals(Fixtures.COMPOSITE, SecretLockInfo.compositeHash(Fixtures.SHA3_SECRET, Fixtures.RECIPIENT));
        assertEquals(Fixtures.COMPOSITE, Fixtures.lock().compositeHash());
    }

    @ParameterizedTest(name = "height {0}, {1}: {2}")
    @CsvSource({"99, UNUSED, true", "100, UNUSED, false", "101, UNUSED, false", "1, USED, false", "99, USED, false"})
    void isActiveBelowItsHeightWhileUnused(long at, LockStatus status, boolean active) {
        // Arrange
        SecretLockInfo lock = Fixtures.lock().withStatus(status);

        // Act + Assert
        assertEquals(active, lock.isActive(new Height(at)));
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({"100, false", "104, false", "105, false", "106, true", "1000, true"})
    void siriusPrunesALockAtTheEndOfBlockHeightPlusMaxRollbackBlocks(long at, boolean pruned) {
        // Act + Assert (ends at 100; maxRollbackBlocks 5: pruned by block 105, gone from block 106 on)
        assertEquals(pruned, Fixtures.lock().isPruned(new Height(at), 5));
    }

    @Test
    void aHugeRollbackDepthNeverPrunes() {
        // Act + Assert
        assertFalse(Fixtures.lock().isPruned(new Height(Long.MAX_VALUE), Long.MAX_VALUE));
    }

    @Test
    void replacesOnlyALockOfTheSameKeyAndSeesItsWholeChain() {
        // Arrange
        SecretLockInfo old = Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.RECIPIENT, Fixtures.OTHER, 50, LockStatus.USED);
        SecretLockInfo current = new SecretLockInfo(Fixtures.OWNER, Fixtures.OWNER_ADDRESS, Fixtures.CURRENCY,
                old.amount(), new Height(200), LockStatus.UNUSED, LockHashAlgorithm.SHA3_256, Fixtures.SHA3_SECRET,
                Fixtures.RECIPIENT, Optional.of(old));

        // Act + Assert
        assertTrue(current.anyInChain(l -> l.account().equals(Fixtures.OTHER)));
        assertFalse(current.anyInChain(l -> l.height().value() == 7));
        assertThrows(IllegalArgumentException.class, () -> new SecretLockInfo(Fixtures.OWNER, Fixtures.OWNER_ADDRESS,
                Fixtures.CURRENCY, old.amount(), new Height(200), LockStatus.UNUSED, LockHashAlgorithm.SHA3_256,
                Fixtures.secret(9), Fixtures.RECIPIENT, Optional.of(old)));
    }

    @Test
    void statusesHaveSiriussValues() {
        // Act + Assert
        assertEquals(0, LockStatus.UNUSED.code());
        assertEquals(LockStatus.USED, LockStatus.fromCode(1));
        assertThrows(IllegalArgumentException.class, () -> LockStatus.fromCode(2));
    }
}
