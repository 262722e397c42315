package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AliasedAddressObserverTest {
    private static final Address TARGET = Fixtures.address(Fixtures.OTHER);

    private static Supplier<InMemoryState> tree(NamespaceId aliased) {
        return () -> {
            InMemoryState state = Fixtures.state();
            Fixtures.withAlphaTree(state);
            if (aliased != null) {
                NamespaceDelta.of(state).setAlias(aliased, NamespaceAlias.of(TARGET));
            }
            return state;
        };
    }

    private static void observe(InMemoryState state, NotifyMode mode, NamespaceId id, int action) {
        new AliasedAddressObserver().notify(new AliasedAddressNotification(id, action, TARGET),
                Fixtures.context(50, state).mode(mode).observer());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aLinkSetsTheAliasOfARoot(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(tree(null), tree(Fixtures.ALPHA));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, Fixtures.ALPHA, 0);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anUnlinkClearsTheAliasOfAChild(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(tree(Fixtures.GAMMA), tree(null));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, Fixtures.GAMMA, 1);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }
}
