package io.sirius.plugin.lockhash.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.internal.cache.HashLockDelta;
import io.sirius.plugin.lockhash.model.HashLockNotification;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashLockCacheUniqueValidatorTest {

    private static String validate(InMemoryState state, long height, Hash256 hash) {
        var result = new HashLockCacheUniqueValidator().validate(new HashLockNotification(Fixtures.OWNER,
                new UnresolvedMosaic(new UnresolvedMosaicId(1), new Amount(1)), new BlockDuration(10), hash),
                Fixtures.context(height, state).stateful());
        return result.isSuccess() ? "SUCCESS" : ((LockHashResults) result).name();
    }

    @Test
    void acceptsANewHash() {
        // Arrange
        InMemoryState state = Fixtures.state();
        HashLockDelta.of(state).add(Fixtures.lock());

        // Act + Assert
        assertEquals("SUCCESS", validate(state, 10, Fixtures.hash(1)));
    }

    @ParameterizedTest(name = "{0} lock ending at 100, at height {1}: {2}")
    @CsvSource({"UNUSED, 10, HASH_EXISTS", "USED, 10, HASH_EXISTS", "UNUSED, 105, HASH_EXISTS", "USED, 105, HASH_EXISTS",
        "UNUSED, 106, SUCCESS", "USED, 106, SUCCESS"})
    void refusesAHashInUseUntilSiriusWouldHavePrunedItsLock(LockStatus status, long height, String expected) {
        // Arrange (maxRollbackBlocks 5)
        InMemoryState state = Fixtures.state();
        HashLockDelta.of(state).add(Fixtures.lock().withStatus(status));

        // Act + Assert
        assertEquals(expected, validate(state, height, Fixtures.AGGREGATE));
    }
}
