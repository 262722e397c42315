package io.sirius.plugin.lockshared.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.model.Height;
import io.sirius.plugin.lockshared.TestLocks.TestLock;
import io.sirius.plugin.lockshared.TestLocks;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockInfoTest {

    @ParameterizedTest(name = "height {0}, {1}: {2}")
    @CsvSource({"99, UNUSED, true", "100, UNUSED, false", "101, UNUSED, false", "1, USED, false", "99, USED, false"})
    void isActiveBelowItsHeightWhileUnused(long at, LockStatus status, boolean active) {
        // Arrange
        TestLock lock = TestLocks.lock().withStatus(status);

        // Act + Assert
        assertEquals(active, lock.isActive(new Height(at)));
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({"100, false", "104, false", "105, false", "106, true", "1000, true"})
    void siriusPrunesALockAtTheEndOfBlockHeightPlusMaxRollbackBlocks(long at, boolean pruned) {
        // Arrange: ends at 100; maxRollbackBlocks 5: pruned by block 105, gone from block 106 on
        ConfigProperties chain = new ConfigProperties("chain", Map.of("maxRollbackBlocks", "5"));

        // Act + Assert
        assertEquals(pruned, TestLocks.lock().isPruned(new Height(at), 5));
        assertEquals(pruned, TestLocks.lock().isPruned(new Height(at), chain));
    }

    @Test
    void aHugeRollbackDepthNeverPrunesAndAMissingOneIsAConfigError() {
        // Act + Assert
        assertFalse(TestLocks.lock().isPruned(new Height(Long.MAX_VALUE), Long.MAX_VALUE));
        assertThrows(ConfigException.class, () -> TestLocks.lock().isPruned(new Height(1),
                new ConfigProperties("chain", Map.of())));
    }

    @Test
    void seesItsWholeChainOfReplacedLocks() {
        // Arrange: A (other, ends 50) replaced by B (owner, ends 200) replaced by C (owner, ends 400)
        TestLock a = TestLocks.lock(TestLocks.hash(1), TestLocks.OTHER, 50, LockStatus.USED);
        TestLock c = TestLocks.replacing(TestLocks.replacing(a, TestLocks.OWNER, 200), TestLocks.OWNER, 400);

        // Act + Assert
        assertTrue(c.anyInChain(l -> l.account().equals(TestLocks.OTHER)));
        assertTrue(c.anyInChain(l -> l.height().value() == 200));
        assertFalse(c.anyInChain(l -> l.height().value() == 7));
        assertFalse(a.anyInChain(l -> l.account().equals(TestLocks.OWNER)));
    }

    @Test
    void statusesHaveSiriussValues() {
        // Act + Assert
        assertEquals(0, LockStatus.UNUSED.code());
        assertEquals(1, LockStatus.USED.code());
        assertEquals(LockStatus.UNUSED, LockStatus.fromCode(0));
        assertEquals(LockStatus.USED, LockStatus.fromCode(1));
        assertThrows(IllegalArgumentException.class, () -> LockStatus.fromCode(2));
    }
}
