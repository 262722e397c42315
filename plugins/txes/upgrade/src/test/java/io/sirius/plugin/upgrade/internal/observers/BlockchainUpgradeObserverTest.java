package io.sirius.plugin.upgrade.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Height;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.upgrade.internal.Fixtures;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BlockchainUpgradeObserverTest {
    private static final BlockchainVersion OLD = BlockchainVersion.of(1, 9, 5, 0);
    private static final BlockchainVersion NEW = BlockchainVersion.of(1, 9, 6, 0);
    private static final BlockchainUpgradeEntry EARLIER = new BlockchainUpgradeEntry(new Height(50), OLD);
    /** Scheduled at height 40 for 360 blocks later. */
    private static final BlockchainUpgradeEntry SCHEDULED = new BlockchainUpgradeEntry(new Height(400), NEW);

    private static InMemoryState state(BlockchainUpgradeEntry... entries) {
        InMemoryState state = Fixtures.state();
        for (BlockchainUpgradeEntry entry : entries) {
            Fixtures.withUpgrade(state, entry.height().value(), entry.version());
        }
        return state;
    }

    private static void observe(InMemoryState state, NotifyMode mode) {
        new BlockchainUpgradeObserver().notify(Fixtures.upgrade(360, NEW),
                ContextBuilder.context().state(state).height(40).mode(mode).observer());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void schedulesOnCommitAndUnschedulesOnRollback(NotifyMode mode) {
        // Arrange: before a commit the cache holds an earlier upgrade; before a rollback also the scheduled one
        InMemoryState state = mode == NotifyMode.COMMIT ? state(EARLIER) : state(EARLIER, SCHEDULED);

        // Act
        observe(state, mode);

        // Assert
        List<BlockchainUpgradeEntry> expected = mode == NotifyMode.COMMIT ? List.of(EARLIER, SCHEDULED) : List.of(EARLIER);
        assertEquals(expected, state.entries(BlockchainUpgradeCache.DESCRIPTOR));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aCommitAndItsRollbackLeaveTheStateAsItWas(NotifyMode first) {
        // Arrange
        NotifyMode second = first == NotifyMode.COMMIT ? NotifyMode.ROLLBACK : NotifyMode.COMMIT;
        InMemoryState state = first == NotifyMode.COMMIT ? state(EARLIER) : state(EARLIER, SCHEDULED);
        Map<String, Map<String, String>> before = state.snapshot();

        // Act
        observe(state, first);
        observe(state, second);

        // Assert
        assertEquals(before, state.snapshot());
    }

    @Test
    void rollingBackWhatWasNeverScheduledChangesNothing() {
        // Arrange
        InMemoryState state = state(EARLIER);

        // Act
        observe(state, NotifyMode.ROLLBACK);

        // Assert
        assertEquals(List.of(EARLIER), state.entries(BlockchainUpgradeCache.DESCRIPTOR));
    }
}
