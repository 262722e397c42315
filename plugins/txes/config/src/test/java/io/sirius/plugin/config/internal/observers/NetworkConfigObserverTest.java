package io.sirius.plugin.config.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Height;
import io.sirius.api.observer.NotifyMode;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfigEntry;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkConfigObserverTest {
    private static final NetworkConfigEntry NEMESIS = Fixtures.entry(1, Fixtures.NETWORK_KEY, "transfer");
    private static final String PROPOSED = Fixtures.config(Fixtures.OTHER_KEY, "transfer", "upgrade");
    /** Scheduled at height 20 for 360 blocks later. */
    private static final NetworkConfigEntry SCHEDULED = new NetworkConfigEntry(new Height(380), PROPOSED, Fixtures.ENTITIES);

    private static void observe(InMemoryState state, NotifyMode mode) {
        NetworkConfigNotification notification = Fixtures.notification(360, PROPOSED, Fixtures.ENTITIES);
        new NetworkConfigObserver().notify(notification, ContextBuilder.context().state(state).height(20).mode(mode).observer());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void schedulesOnCommitAndUnschedulesOnRollback(NotifyMode mode) {
        // Arrange: before a commit the cache holds the nemesis config; before a rollback also the scheduled one
        InMemoryState state = mode == NotifyMode.COMMIT ? Fixtures.state(NEMESIS) : Fixtures.state(NEMESIS, SCHEDULED);

        // Act
        observe(state, mode);

        // Assert
        List<NetworkConfigEntry> expected = mode == NotifyMode.COMMIT ? List.of(NEMESIS, SCHEDULED) : List.of(NEMESIS);
        assertEquals(expected, state.entries(NetworkConfigCache.DESCRIPTOR));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aCommitThenARollbackLeavesTheStateAsItWas(NotifyMode first) {
        // Arrange
        NotifyMode second = first == NotifyMode.COMMIT ? NotifyMode.ROLLBACK : NotifyMode.COMMIT;
        InMemoryState state = first == NotifyMode.COMMIT ? Fixtures.state(NEMESIS) : Fixtures.state(NEMESIS, SCHEDULED);
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
        InMemoryState state = Fixtures.state(NEMESIS);

        // Act
        observe(state, NotifyMode.ROLLBACK);

        // Assert
        assertEquals(List.of(NEMESIS), state.entries(NetworkConfigCache.DESCRIPTOR));
    }
}
