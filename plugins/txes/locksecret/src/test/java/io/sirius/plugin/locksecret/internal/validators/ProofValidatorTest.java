package io.sirius.plugin.locksecret.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.internal.cache.SecretLockDelta;
import io.sirius.plugin.locksecret.model.ProofPublicationNotification;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProofValidatorTest {

    private static String validate(InMemoryState state, long height, int algorithm, Hash256 secret,
            UnresolvedAddress recipient) {
        var result = new ProofValidator().validate(new ProofPublicationNotification(Fixtures.OTHER, algorithm, secret,
                recipient), Fixtures.context(height, state).stateful());
        return result.isSuccess() ? "SUCCESS" : ((LockSecretResults) result).name();
    }

    private static InMemoryState withLock(LockStatus status) {
        InMemoryState state = Fixtures.state();
        SecretLockDelta.of(state).add(Fixtures.lock().withStatus(status));
        return state;
    }

    @ParameterizedTest(name = "{0} lock ending at 100, at height {1}: {2}")
    @CsvSource({"UNUSED, 1, SUCCESS", "UNUSED, 99, SUCCESS", "UNUSED, 100, INACTIVE_SECRET", "UNUSED, 105, INACTIVE_SECRET",
        "UNUSED, 106, UNKNOWN_COMPOSITE_KEY", "USED, 50, INACTIVE_SECRET", "USED, 106, UNKNOWN_COMPOSITE_KEY"})
    void needsAnActiveLockThatSiriusWouldStillHave(LockStatus status, long height, String expected) {
        // Act + Assert (maxRollbackBlocks 5)
        assertEquals(expected, validate(withLock(status), height, 0, Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved()));
    }

    @Test
    void theSecretAndTheRecipientMustBothMatch() {
        // Arrange
        InMemoryState state = withLock(LockStatus.UNUSED);

        // Act + Assert
        assertEquals("UNKNOWN_COMPOSITE_KEY", validate(state, 10, 0, Fixtures.secret(1), Fixtures.RECIPIENT.toUnresolved()));
        assertEquals("UNKNOWN_COMPOSITE_KEY", validate(state, 10, 0, Fixtures.SHA3_SECRET,
                Fixtures.OWNER_ADDRESS.toUnresolved()));
        assertEquals("UNKNOWN_COMPOSITE_KEY", validate(state, 10, 0, Fixtures.SHA3_SECRET,
                UnresolvedAddress.alias(NetworkType.MIJIN_TEST, new NamespaceId(0x8000000000000001L))));
    }

    @ParameterizedTest(name = "algorithm {0}")
    @CsvSource({"1", "2", "3"})
    void theAlgorithmMustBeTheLocks(int algorithm) {
        // Act + Assert
        assertEquals("HASH_ALGORITHM_MISMATCH", validate(withLock(LockStatus.UNUSED), 10, algorithm, Fixtures.SHA3_SECRET,
                Fixtures.RECIPIENT.toUnresolved()));
    }
}
