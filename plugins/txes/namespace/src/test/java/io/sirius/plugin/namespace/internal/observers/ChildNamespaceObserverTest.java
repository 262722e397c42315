package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.ChildNamespaceNotification;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChildNamespaceObserverTest {
    private static final ChildNamespace BETA = Fixtures.child(List.of(Fixtures.ALPHA), "beta");
    private static final ChildNamespace GAMMA = Fixtures.child(BETA.path(), "gamma");

    private static InMemoryState state(RootNamespace root, ChildNamespace... children) {
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        delta.put(root);
        for (ChildNamespace child : children) {
            delta.put(child);
        }
        return state;
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void addsAChildUnderTheRoot(NotifyMode mode) {
        // Arrange
        RootNamespace alpha = Fixtures.root("alpha", Fixtures.OWNER, 10, 110);
        Transition transition = new Transition(() -> state(alpha),
                () -> state(alpha.withChildren(NamespaceIdSet.of(List.of(Fixtures.BETA))), BETA));
        InMemoryState state = transition.start(mode);

        // Act
        new ChildNamespaceObserver().notify(new ChildNamespaceNotification(Fixtures.OWNER, Fixtures.BETA, Fixtures.ALPHA,
                "beta"), Fixtures.context(50, state).mode(mode).observer());

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void addsAGrandchildWithTheFullPathAndCountsItUnderTheRoot(NotifyMode mode) {
        // Arrange
        RootNamespace alpha = Fixtures.root("alpha", Fixtures.OWNER, 10, 110);
        Transition transition = new Transition(
                () -> state(alpha.withChildren(NamespaceIdSet.of(List.of(Fixtures.BETA))), BETA),
                () -> state(alpha.withChildren(NamespaceIdSet.of(List.of(Fixtures.BETA, Fixtures.GAMMA))), BETA, GAMMA));
        InMemoryState state = transition.start(mode);

        // Act
        new ChildNamespaceObserver().notify(new ChildNamespaceNotification(Fixtures.OWNER, Fixtures.GAMMA, Fixtures.BETA,
                "gamma"), Fixtures.context(50, state).mode(mode).observer());

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
        assertEquals(List.of(Fixtures.ALPHA, Fixtures.BETA, Fixtures.GAMMA), GAMMA.path());
    }
}
