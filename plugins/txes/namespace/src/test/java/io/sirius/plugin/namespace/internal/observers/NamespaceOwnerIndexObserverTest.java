package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
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

class NamespaceOwnerIndexObserverTest {
    private static final NamespaceId ZETA = NamespaceIds.root("zeta");

    private static void observe(InMemoryState state, NotifyMode mode, PublicKey signer) {
        new NamespaceOwnerIndexObserver().notify(new RootNamespaceNotification(signer, Fixtures.ALPHA, "alpha",
                new BlockDuration(50)), Fixtures.context(200, state).mode(mode).observer());
    }

    private static InMemoryState state(RootNamespace root, PublicKey... owners) {
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        delta.put(root);
        for (PublicKey owner : owners) {
            delta.addOwned(owner, Fixtures.address(owner), owner.equals(Fixtures.OWNER) ? ZETA : Fixtures.ALPHA);
        }
        return state;
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aNewRootJoinsItsOwnersSet(NotifyMode mode) {
        // Arrange
        RootNamespace alpha = Fixtures.root("alpha", Fixtures.OTHER, 200, 250);
        Transition transition = new Transition(() -> state(alpha), () -> state(alpha, Fixtures.OTHER));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, Fixtures.OTHER);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aTakeoverMovesTheRootToTheNewOwner(NotifyMode mode) {
        // Arrange: the owner holds alpha and zeta before, only zeta after; OTHER holds alpha after
        RootNamespace owned = Fixtures.root("alpha", Fixtures.OWNER, 10, 110);
        RootNamespace taken = owned.withTerm(new RootTerm(Fixtures.OWNER, Fixtures.address(Fixtures.OWNER), owned.lifetime(),
                        true, Optional.of(new RetiredHoldings(NamespaceAlias.none(), List.of()))))
                .withHolder(Fixtures.OTHER, Fixtures.address(Fixtures.OTHER), NamespaceAlias.none(), NamespaceIdSet.EMPTY)
                .withLifetime(Fixtures.lifetime(200, 250), false);
        Transition transition = new Transition(() -> {
            InMemoryState state = state(taken, Fixtures.OWNER);
            NamespaceDelta.of(state).addOwned(Fixtures.OWNER, Fixtures.address(Fixtures.OWNER), Fixtures.ALPHA);
            return state;
        }, () -> state(taken, Fixtures.OWNER, Fixtures.OTHER));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, Fixtures.OTHER);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aRegistrationByTheSameOwnerChangesNothing(NotifyMode mode) {
        // Arrange
        RootNamespace alpha = Fixtures.root("alpha", Fixtures.OTHER, 10, 110);
        InMemoryState state = state(alpha.withTerm(alpha.currentTerm()).withLifetime(Fixtures.lifetime(10, 160), false),
                Fixtures.OTHER);
        var before = state.snapshot();

        // Act
        observe(state, mode, Fixtures.OTHER);

        // Assert
        assertEquals(before, state.snapshot());
    }
}
