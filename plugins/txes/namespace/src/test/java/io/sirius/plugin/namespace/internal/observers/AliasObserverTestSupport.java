package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tests of the address and the mosaic alias observer, which set and clear an alias alike: a subclass names the
 * observer and the alias its notifications carry.
 */
abstract class AliasObserverTestSupport {

    /** @return the alias the notifications name */
    abstract NamespaceAlias alias();

    /**
     * Notifies the observer under test.
     *
     * @param id the namespace
     * @param action 0 to link {@link #alias()}, 1 to unlink it
     * @param context the observer context
     */
    abstract void observe(NamespaceId id, int action, ObserverContext context);

    private Supplier<InMemoryState> tree(NamespaceId aliased) {
        return () -> {
            InMemoryState state = Fixtures.state();
            Fixtures.withAlphaTree(state);
            if (aliased != null) {
                NamespaceDelta.of(state).setAlias(aliased, alias());
            }
            return state;
        };
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aLinkSetsTheAliasOfARoot(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(tree(null), tree(Fixtures.ALPHA));
        InMemoryState state = transition.start(mode);

        // Act
        observe(Fixtures.ALPHA, 0, Fixtures.context(50, state).mode(mode).observer());

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
        observe(Fixtures.GAMMA, 1, Fixtures.context(50, state).mode(mode).observer());

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }
}
