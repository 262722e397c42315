package io.sirius.plugin.locksecret.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.internal.cache.SecretLockDelta;
import io.sirius.plugin.locksecret.model.SecretLockNotification;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretLockCacheUniqueValidatorTest {

    private static SecretLockNotification lockOf(UnresolvedAddress recipient) {
        return new SecretLockNotification(Fixtures.OWNER, new UnresolvedMosaic(new UnresolvedMosaicId(1), new Amount(1)),
                new BlockDuration(10), 0, Fixtures.SHA3_SECRET, recipient);
    }

    private static String validate(InMemoryState state, long height, UnresolvedAddress recipient) {
        var result = new SecretLockCacheUniqueValidator().validate(lockOf(recipient),
                Fixtures.context(height, state).stateful());
        return result.isSuccess() ? "SUCCESS" : result.isFailure() && result.facility() == 0 ? "FAILURE"
                : ((LockSecretResults) result).name();
    }

    @Test
    void acceptsANewSecretAndRecipient() {
        // Arrange: a lock of the same secret for someone else does not count
        InMemoryState state = Fixtures.state();
        SecretLockDelta.of(state).add(Fixtures.lock(Fixtures.SHA3_SECRET, Fixtures.OWNER_ADDRESS, Fixtures.OWNER, 100,
                LockStatus.UNUSED));

        // Act + Assert
        assertEquals("SUCCESS", validate(state, 10, Fixtures.RECIPIENT.toUnresolved()));
    }

    @ParameterizedTest(name = "{0} lock ending at 100, at height {1}: {2}")
    @CsvSource({"UNUSED, 10, HASH_EXISTS", "USED, 10, HASH_EXISTS", "UNUSED, 100, HASH_EXISTS", "UNUSED, 105, HASH_EXISTS",
        "USED, 105, HASH_EXISTS", "UNUSED, 106, SUCCESS", "USED, 106, SUCCESS"})
    void refusesAKeyInUseUntilSiriusWouldHavePrunedItsLock(LockStatus status, long height, String expected) {
        // Arrange (maxRollbackBlocks 5)
        InMemoryState state = Fixtures.state();
        SecretLockDelta.of(state).add(Fixtures.lock().withStatus(status));

        // Act + Assert
        assertEquals(expected, validate(state, height, Fixtures.RECIPIENT.toUnresolved()));
    }

    @Test
    void refusesARecipientAliasNoNamespaceResolves() {
        // Act + Assert
        assertEquals("FAILURE", validate(Fixtures.state(), 10,
                UnresolvedAddress.alias(NetworkType.MIJIN_TEST, new NamespaceId(0x8000000000000001L))));
    }
}
