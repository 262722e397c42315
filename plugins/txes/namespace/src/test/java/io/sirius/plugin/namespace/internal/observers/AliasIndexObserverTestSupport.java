package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tests of the aliased-address and the aliased-mosaic index observers, which keep their index alike: a subclass
 * names the observer and the alias its notifications carry.
 */
abstract class AliasIndexObserverTestSupport {
    private static final NamespaceId ZETA = NamespaceIds.root("zeta");

    /** @return the alias the notifications name */
    abstract NamespaceAlias alias();

    /**
     * Notifies the observer under test of a link or unlink of {@link #alias()} by {@code alpha.beta}.
     *
     * @param action 0 to link, 1 to unlink
     * @param context the observer context
     */
    abstract void observe(int action, ObserverContext context);

    private Supplier<InMemoryState> indexed(NamespaceId... ids) {
        return () -> {
            InMemoryState state = Fixtures.state();
            for (NamespaceId id : ids) {
                NamespaceDelta.of(state).indexAlias(alias(), id);
            }
            return state;
        };
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aLinkJoinsTheNamespacesAliasingTheTarget(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(indexed(ZETA), indexed(ZETA, Fixtures.BETA));
        InMemoryState state = transition.start(mode);

        // Act
        observe(0, Fixtures.context(50, state).mode(mode).observer());

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anUnlinkOfTheLastAliasRemovesTheRow(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(indexed(Fixtures.BETA), indexed());
        InMemoryState state = transition.start(mode);

        // Act
        observe(1, Fixtures.context(50, state).mode(mode).observer());

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }
}
