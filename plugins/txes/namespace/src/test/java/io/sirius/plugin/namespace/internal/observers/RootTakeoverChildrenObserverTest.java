package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.RetiredHoldings;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.namespace.state.RootTerm;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RootTakeoverChildrenObserverTest {
    private static final ChildNamespace BETA = Fixtures.child(List.of(Fixtures.ALPHA), "beta");
    private static final ChildNamespace GAMMA = Fixtures.child(BETA.path(), "gamma");

    /** alpha as a takeover by OTHER at 200 left it: the owner's children retired in its history. */
    private static RootNamespace taken() {
        RootNamespace owned = Fixtures.root("alpha", Fixtures.OWNER, 10, 110);
        return owned.withTerm(new RootTerm(Fixtures.OWNER, Fixtures.address(Fixtures.OWNER), owned.lifetime(), true,
                        Optional.of(new RetiredHoldings(NamespaceAlias.none(), Fixtures.byId(BETA, GAMMA)))))
                .withHolder(Fixtures.OTHER, Fixtures.address(Fixtures.OTHER), NamespaceAlias.none(), NamespaceIdSet.EMPTY)
                .withLifetime(Fixtures.lifetime(200, 250), false);
    }

    private static InMemoryState state(RootNamespace root, ChildNamespace... children) {
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        delta.put(root);
        for (ChildNamespace child : children) {
            delta.put(child);
        }
        return state;
    }

    private static void observe(InMemoryState state, NotifyMode mode) {
        new RootTakeoverChildrenObserver().notify(new RootNamespaceNotification(Fixtures.OTHER, Fixtures.ALPHA, "alpha",
                new BlockDuration(50)), Fixtures.context(200, state).mode(mode).observer());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aTakeoverRemovesThePreviousOwnersChildRows(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(() -> state(taken(), BETA, GAMMA), () -> state(taken()));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aRegistrationByTheSameOwnerOrANewRootLeavesChildrenAlone(NotifyMode mode) {
        // Arrange
        RootNamespace alpha = Fixtures.root("alpha", Fixtures.OWNER, 10, 110)
                .withChildren(NamespaceIdSet.of(List.of(BETA.id(), GAMMA.id())));
        RootNamespace renewed = alpha.withTerm(alpha.currentTerm()).withLifetime(Fixtures.lifetime(10, 140), false);
        InMemoryState fresh = state(alpha, BETA, GAMMA);
        InMemoryState again = state(renewed, BETA, GAMMA);
        var before = List.of(fresh.snapshot(), again.snapshot());

        // Act
        observe(fresh, mode);
        observe(again, mode);

        // Assert
        assertEquals(before, List.of(fresh.snapshot(), again.snapshot()));
    }
}
