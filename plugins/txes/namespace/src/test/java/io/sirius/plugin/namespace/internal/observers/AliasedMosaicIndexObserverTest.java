package io.sirius.plugin.namespace.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AliasedMosaicIndexObserverTest {
    private static final MosaicId TARGET = new MosaicId(0x36CC4F72E42A81D3L);
    private static final NamespaceId ZETA = NamespaceIds.root("zeta");

    private static Supplier<InMemoryState> indexed(NamespaceId... ids) {
        return () -> {
            InMemoryState state = Fixtures.state();
            for (NamespaceId id : ids) {
                NamespaceDelta.of(state).indexAlias(NamespaceAlias.of(TARGET), id);
            }
            return state;
        };
    }

    private static void observe(InMemoryState state, NotifyMode mode, int action) {
        new AliasedMosaicIndexObserver().notify(new AliasedMosaicNotification(Fixtures.BETA, action, TARGET),
                Fixtures.context(50, state).mode(mode).observer());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aLinkJoinsTheNamespacesAliasingTheMosaic(NotifyMode mode) {
        // Arrange
        Transition transition = new Transition(indexed(ZETA), indexed(ZETA, Fixtures.BETA));
        InMemoryState state = transition.start(mode);

        // Act
        observe(state, mode, 0);

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
        observe(state, mode, 1);

        // Assert
        assertEquals(transition.expected(mode), state.snapshot());
    }
}
