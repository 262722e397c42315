package io.sirius.plugin.namespace.internal.resolvers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamespaceMosaicResolverTest {
    private static final MosaicId MOSAIC = new MosaicId(0x36CC4F72E42A81D3L);

    /** alpha (active) aliases MOSAIC, alpha.beta too, alpha.beta.gamma an address. */
    private static InMemoryState state(boolean expired) {
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        Fixtures.withAlphaTree(state);
        delta.setAlias(Fixtures.ALPHA, NamespaceAlias.of(MOSAIC));
        delta.setAlias(Fixtures.BETA, NamespaceAlias.of(MOSAIC));
        delta.setAlias(Fixtures.GAMMA, NamespaceAlias.of(Fixtures.address(Fixtures.OWNER)));
        delta.put(delta.root(Fixtures.ALPHA).orElseThrow().withExpired(expired));
        return state;
    }

    private static Optional<MosaicId> resolve(NamespaceId id, InMemoryState state) {
        return new NamespaceMosaicResolver().resolve(new UnresolvedMosaicId(id.value()), state.view());
    }

    @Test
    void anActiveNamespaceResolvesToItsMosaic() {
        // Act and Assert
        assertEquals(Optional.of(MOSAIC), resolve(Fixtures.ALPHA, state(false)));
        assertEquals(Optional.of(MOSAIC), resolve(Fixtures.BETA, state(false)));
    }

    @Test
    void anExpiredRootAndItsChildrenResolveToNothing() {
        // Act and Assert
        assertEquals(Optional.empty(), resolve(Fixtures.ALPHA, state(true)));
        assertEquals(Optional.empty(), resolve(Fixtures.BETA, state(true)));
    }

    @Test
    void unknownNamespacesOtherAliasesAndPlainIdsResolveToNothing() {
        // Arrange
        InMemoryState state = state(false);

        // Act and Assert
        assertEquals(Optional.empty(), resolve(NamespaceIds.root("unknown"), state));
        assertEquals(Optional.empty(), resolve(Fixtures.GAMMA, state));
        assertEquals(Optional.empty(), new NamespaceMosaicResolver().resolve(new UnresolvedMosaicId(MOSAIC.value()),
                state.view()));
        assertEquals(Optional.empty(), new NamespaceMosaicResolver().resolve(
                new UnresolvedMosaicId(Fixtures.ALPHA.value() & Long.MAX_VALUE), state.view()));
    }
}
