package io.sirius.plugin.lockhash.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.internal.cache.HashLockDelta;
import io.sirius.plugin.lockshared.state.LockStatus;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AggregateHashPresentValidatorTest {

    private static String validate(InMemoryState state, long height, int type, Hash256 hash) {
        var result = new AggregateHashPresentValidator().validate(new TransactionNotification(Fixtures.OTHER, hash,
                new EntityType(type), new Timestamp(0)), Fixtures.context(height, state).stateful());
        return result.isSuccess() ? "SUCCESS" : ((LockHashResults) result).name();
    }

    private static InMemoryState withLock(LockStatus status) {
        InMemoryState state = Fixtures.state();
        HashLockDelta.of(state).add(Fixtures.lock().withStatus(status));
        return state;
    }

    @ParameterizedTest(name = "{0} lock ending at 100, at height {1}: {2}")
    @CsvSource({"UNUSED, 1, SUCCESS", "UNUSED, 99, SUCCESS", "UNUSED, 100, INACTIVE_HASH", "UNUSED, 105, INACTIVE_HASH",
        "UNUSED, 106, HASH_DOES_NOT_EXIST", "USED, 50, INACTIVE_HASH", "USED, 106, HASH_DOES_NOT_EXIST"})
    void aBondedAggregateNeedsAnActiveLockOfItsHash(LockStatus status, long height, String expected) {
        // Act + Assert (maxRollbackBlocks 5), for both bonded types
        assertEquals(expected, validate(withLock(status), height, 0x4241, Fixtures.AGGREGATE));
        assertEquals(expected, validate(withLock(status), height, 0x4441, Fixtures.AGGREGATE));
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(ints = {0x4241, 0x4441})
    void aBondedAggregateWithoutALockFails(int type) {
        // Act + Assert
        assertEquals("HASH_DOES_NOT_EXIST", validate(withLock(LockStatus.UNUSED), 10, type, Fixtures.hash(1)));
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(ints = {0x4141, 0x4341, 0x4154, 0x4148})
    void otherTransactionsNeedNoLock(int type) {
        // Act + Assert
        assertEquals("SUCCESS", validate(Fixtures.state(), 10, type, Fixtures.hash(1)));
    }
}
