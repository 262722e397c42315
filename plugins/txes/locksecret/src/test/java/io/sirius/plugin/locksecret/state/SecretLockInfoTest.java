package io.sirius.plugin.locksecret.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Height;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import io.sirius.plugin.lockshared.state.LockStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a secret lock adds to the shared lock (whose rules lockshared's LockInfoTest covers). */
class SecretLockInfoTest {

    @Test
    void theCompositeHashIsSha3OfTheSecretAndTheRecipientAddressAndIsTheKey() {
        // Act + Assert (golden value from @noble/hashes)
        assertEquals(Fixtures.COMPOSITE, SecretLockInfo.compositeHash(Fixtures.SHA3_SECRET, Fixtures.RECIPIENT));
        assertEquals(Fixtures.COMPOSITE, Fixtures.lock().compositeHash());
        assertEquals(Fixtures.COMPOSITE, Fixtures.lock().key());
    }

    @Test
    void changesOnlyItsStatus() {
        // Act
        SecretLockInfo used = Fixtures.lock().withStatus(LockStatus.USED);

        // Assert
        assertEquals(Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.RECIPIENT, Fixtures.OWNER, 100, LockStatus.USED), used);
        assertEquals(Fixtures.lock(), used.withStatus(LockStatus.UNUSED));
    }

    @Test
    void replacesOnlyALockOfTheSameKey() {
        // Arrange
        SecretLockInfo old = Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.RECIPIENT, Fixtures.OTHER, 50, LockStatus.USED);
        SecretLockInfo current = new SecretLockInfo(Fixtures.OWNER, Fixtures.OWNER_ADDRESS, Fixtures.CURRENCY,
                old.amount(), new Height(200), LockStatus.UNUSED, LockHashAlgorithm.SHA3_256, Fixtures.SHA3_SECRET,
                Fixtures.RECIPIENT, Optional.of(old));

        // Act + Assert
        assertEquals(Optional.of(old), current.replaced());
        assertThrows(IllegalArgumentException.class, () -> new SecretLockInfo(Fixtures.OWNER, Fixtures.OWNER_ADDRESS,
                Fixtures.CURRENCY, old.amount(), new Height(200), LockStatus.UNUSED, LockHashAlgorithm.SHA3_256,
                Fixtures.secret(9), Fixtures.RECIPIENT, Optional.of(old)));
        assertThrows(IllegalArgumentException.class, () -> new SecretLockInfo(Fixtures.OWNER, Fixtures.OWNER_ADDRESS,
                Fixtures.CURRENCY, old.amount(), new Height(200), LockStatus.UNUSED, LockHashAlgorithm.SHA3_256,
                Fixtures.SHA3_SECRET, Fixtures.OWNER_ADDRESS, Optional.of(old)));
    }
}
