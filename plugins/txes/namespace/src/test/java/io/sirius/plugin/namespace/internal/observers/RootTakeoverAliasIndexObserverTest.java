package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.MosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceIds;
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

class RootTakeoverAliasIndexObserverTest {
    private static final Address TARGET = Fixtures.address(Fixtures.THIRD);
    private static final NamespaceAlias MOSAIC_7 = NamespaceAlias.of(new MosaicId(7));
    private static final ChildNamespace BETA = Fixtures.child(List.of(Fixtures.ALPHA), "beta").withAlias(MOSAIC_7);
    private static final ChildNamespace GAMMA = Fixtures.child(BETA.path(), "gamma");

    /** alpha as OTHER's takeover left it: the owner's root aliased TARGET, beta mosaic 7, gamma nothing. */
    private static RootNamespace taken() {
        RootNamespace owned = Fixtures.root("alpha", Fixtures.OWNER, 10, 110);
        return owned.withTerm(new RootTerm(Fixtures.OWNER, Fixtures.address(Fixtures.OWNER), owned.lifetime(), true,
                        Optional.of(new RetiredHoldings(NamespaceAlias.of(TARGET), Fixtures.byId(BETA, GAMMA)))))
                .withHolder(Fixtures.OTHER, Fixtures.address(Fixtures.OTHER), NamespaceAlias.none(), NamespaceIdSet.EMPTY)
                .withLifetime(Fixtures.lifetime(200, 250), false);
    }

    /** The taken root, and zeta, another namespace aliasing mosaic 7, and the index rows listed. */
    private static InMemoryState state(boolean withRetiredEntries) {
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        delta.put(taken());
        delta.indexAlias(MOSAIC_7, NamespaceIds.root("zeta"));
        if (withRetiredEntries) {
            delta.indexAlias(NamespaceAlias.of(TARGET), Fixtures.ALPHA);
            delta.indexAlias(MOSAIC_7, Fixtures.BETA);
        }
        return state;
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aTakeoverDropsTheRetiredAliasesFromTheIndexes(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(() -> state(true), () -> state(false));
        InMemoryState state = transition.start(mode);

        // Act
        new RootTakeoverAliasIndexObserver().notify(new RootNamespaceNotification(Fixtures.OTHER, Fixtures.ALPHA, "alpha",
                new BlockDuration(50)), Fixtures.context(200, state).mode(mode).observer());

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aRegistrationByTheSameOwnerLeavesTheIndexesAlone(NotifyMode mode) {
        // Arrange
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        RootNamespace alpha = Fixtures.root("alpha", Fixtures.OWNER, 10, 110).withAlias(NamespaceAlias.of(TARGET));
        delta.put(alpha.withTerm(alpha.currentTerm()).withLifetime(Fixtures.lifetime(10, 140), false));
        delta.indexAlias(NamespaceAlias.of(TARGET), Fixtures.ALPHA);
        var before = state.snapshot();

        // Act
        new RootTakeoverAliasIndexObserver().notify(new RootNamespaceNotification(Fixtures.OWNER, Fixtures.ALPHA, "alpha",
                new BlockDuration(30)), Fixtures.context(50, state).mode(mode).observer());

        // Assert
        assertEquals(before, state.snapshot());
    }
}
