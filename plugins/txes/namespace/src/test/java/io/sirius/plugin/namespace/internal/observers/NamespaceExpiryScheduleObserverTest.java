package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.NamespaceLifetime;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class NamespaceExpiryScheduleObserverTest {

    private static void observe(InMemoryState state, NotifyMode mode, long height) {
        new NamespaceExpiryScheduleObserver().notify(new RootNamespaceNotification(Fixtures.OWNER, Fixtures.ALPHA, "alpha",
                new BlockDuration(30)), Fixtures.context(height, state).mode(mode).observer());
    }

    /** alpha renewed to end at 140, zeta also expiring at 140, and alpha's first end 110 scheduled. */
    private static InMemoryState state(boolean scheduled) {
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        RootNamespace alpha = Fixtures.root("alpha", Fixtures.OWNER, 10, 110);
        delta.put(alpha.withTerm(alpha.currentTerm()).withLifetime(Fixtures.lifetime(10, 140), false));
        delta.scheduleExpiry(new Height(110), Fixtures.ALPHA);
        delta.scheduleExpiry(new Height(140), NamespaceIds.root("zeta"));
        if (scheduled) {
            delta.scheduleExpiry(new Height(140), Fixtures.ALPHA);
        }
        return state;
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void schedulesTheNewEndBesideWhatIsThere(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(() -> state(false), () -> state(true));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, 50);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest(name = "{0}: end {1} at height {2}")
    @CsvSource({"COMMIT, 115, 130", "ROLLBACK, 115, 130", "COMMIT, 130, 130", "ROLLBACK, 130, 130", "COMMIT, -1, 50",
        "ROLLBACK, -1, 50"})
    void nothingIsScheduledForAnEndedOrEternalLifetime(NotifyMode mode, long end, long height) {
        // Arrange
        InMemoryState state = Fixtures.state();
        NamespaceLifetime lifetime = new NamespaceLifetime(new Height(10), new Height(end),
                end == -1 ? NamespaceLifetime.ETERNAL : new Height(end + Fixtures.GRACE));
        NamespaceDelta.of(state).put(Fixtures.root("alpha", Fixtures.OWNER, 10, 110).withLifetime(lifetime, end != -1));
        var before = state.snapshot();

        // Act
        observe(state, mode, height);

        // Assert
        assertEquals(before, state.snapshot());
    }
}
