package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NamespaceExpiryObserverTest {

    private static void endBlock(InMemoryState state, NotifyMode mode, long height) {
        new NamespaceExpiryObserver().notify(new BlockNotification(Fixtures.OWNER, PublicKey.ZERO, new Height(height),
                new Timestamp(0), Amount.ZERO, 0, 1), Fixtures.context(height, state).mode(mode).observer());
    }

    /**
     * alpha ends at 110 and zeta at 110 too, both scheduled there; omega was scheduled for 110 but renewed to 150; the
     * schedule also names a root that is not there.
     */
    private static Supplier<InMemoryState> roots(boolean expired) {
        return () -> {
            InMemoryState state = Fixtures.state();
            NamespaceDelta delta = NamespaceDelta.of(state);
            delta.put(Fixtures.root("alpha", Fixtures.OWNER, 10, 110).withExpired(expired));
            delta.put(Fixtures.root("zeta", Fixtures.OTHER, 20, 110).withExpired(expired));
            RootNamespace omega = Fixtures.root("omega", Fixtures.OWNER, 10, 110);
            delta.put(omega.withTerm(omega.currentTerm()).withLifetime(Fixtures.lifetime(10, 150), false));
            delta.scheduleExpiry(new Height(110), Fixtures.ALPHA);
            delta.scheduleExpiry(new Height(110), NamespaceIds.root("zeta"));
            delta.scheduleExpiry(new Height(110), NamespaceIds.root("omega"));
            delta.scheduleExpiry(new Height(110), NamespaceIds.root("gone"));
            return state;
        };
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void theBlockBeforeTheEndMarksTheRootsEndingThereExpired(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(roots(false), roots(true));
        InMemoryState state = transition.start(mode);

        // Act
        endBlock(state, mode, 109);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void otherBlocksChangeNothing(NotifyMode mode) {
        // Arrange
        InMemoryState state = roots(mode == NotifyMode.ROLLBACK).get();
        var before = state.snapshot();

        // Act
        endBlock(state, mode, 108);
        endBlock(state, mode, 110);

        // Assert
        assertEquals(before, state.snapshot());
    }
}
