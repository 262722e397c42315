package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.RootNamespaceNotification;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.NamespaceLifetime;
import io.sirius.plugin.namespace.state.RetiredHoldings;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.namespace.state.RootTerm;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.Transition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RootNamespaceObserverTest {
    private static final NamespaceAlias MOSAIC_7 = NamespaceAlias.of(new MosaicId(7));

    /** alpha, the owner's for [10, 110), aliasing mosaic 7, with beta and gamma (beta aliasing the owner's address). */
    private static ChildNamespace beta() {
        return Fixtures.child(List.of(Fixtures.ALPHA), "beta").withAlias(NamespaceAlias.of(Fixtures.address(Fixtures.OWNER)));
    }

    private static ChildNamespace gamma() {
        return Fixtures.child(List.of(Fixtures.ALPHA, Fixtures.BETA), "gamma");
    }

    private static RootNamespace alpha() {
        return Fixtures.root("alpha", Fixtures.OWNER, 10, 110).withAlias(MOSAIC_7)
                .withChildren(NamespaceIdSet.of(List.of(Fixtures.BETA, Fixtures.GAMMA)));
    }

    private static InMemoryState with(RootNamespace root) {
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        delta.put(root);
        delta.put(beta());
        delta.put(gamma());
        return state;
    }

    private static void observe(InMemoryState state, NotifyMode mode, PublicKey signer, long height, long duration) {
        new RootNamespaceObserver().notify(new RootNamespaceNotification(signer, Fixtures.ALPHA, "alpha",
                new BlockDuration(duration)), Fixtures.context(height, state).mode(mode).observer());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void registersANewRootFromTheCurrentHeight(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(Fixtures::state, () -> {
            InMemoryState state = Fixtures.state();
            NamespaceDelta.of(state).put(Fixtures.root("alpha", Fixtures.OWNER, 10, 110));
            return state;
        });
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, Fixtures.OWNER, 10, 100);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void theOwnerRenewsAnActiveRootFromItsEndKeepingAliasAndChildren(NotifyMode mode) {
        // Arrange: renewed at 50 by 30 blocks: [10, 140), grace until 164
        Transition transition = new Transition(() -> with(alpha()), () -> with(alpha().withTerm(alpha().currentTerm())
                .withLifetime(Fixtures.lifetime(10, 140), false)));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, Fixtures.OWNER, 50, 30);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aRenewalInTheGracePeriodThatEndsBeforeNowLeavesTheRootExpired(NotifyMode mode) {
        // Arrange: expired at 110, renewed at 130 by 5 blocks: [10, 115), still expired
        RootNamespace expired = alpha().withExpired(true);
        Transition transition = new Transition(() -> with(expired), () -> with(expired.withTerm(expired.currentTerm())
                .withLifetime(Fixtures.lifetime(10, 115), true)));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, Fixtures.OWNER, 130, 5);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void theNetworkMakesARootEternal(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(() -> with(alpha()), () -> with(alpha().withTerm(alpha().currentTerm())
                .withLifetime(new NamespaceLifetime(new Height(10), NamespaceLifetime.ETERNAL, NamespaceLifetime.ETERNAL),
                        false)));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, Fixtures.OWNER, 50, 0);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void theOwnerRegistersAfresAfterTheGracePeriodKeepingAliasAndChildren(NotifyMode mode) {
        // Arrange: the grace period ended at 134; registered again at 200 for 50 blocks
        RootNamespace expired = alpha().withExpired(true);
        Transition transition = new Transition(() -> with(expired), () -> with(expired.withTerm(expired.currentTerm())
                .withLifetime(Fixtures.lifetime(200, 250), false)));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, Fixtures.OWNER, 200, 50);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anotherAccountTakesOverWithoutAliasOrChildrenAndTheHistoryKeepsThem(NotifyMode mode) {
        // Arrange: the child rows are RootTakeoverChildrenObserver's to remove; this observer keeps them in the history
        RootNamespace expired = alpha().withExpired(true);
        RootNamespace taken = expired
                .withTerm(new RootTerm(Fixtures.OWNER, Fixtures.address(Fixtures.OWNER), Fixtures.lifetime(10, 110), true,
                        Optional.of(new RetiredHoldings(MOSAIC_7, Fixtures.byId(beta(), gamma())))))
                .withHolder(Fixtures.OTHER, Fixtures.address(Fixtures.OTHER), NamespaceAlias.none(), NamespaceIdSet.EMPTY)
                .withLifetime(Fixtures.lifetime(200, 250), false);
        Transition transition = new Transition(() -> with(expired), () -> with(taken));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, Fixtures.OTHER, 200, 50);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }
}
