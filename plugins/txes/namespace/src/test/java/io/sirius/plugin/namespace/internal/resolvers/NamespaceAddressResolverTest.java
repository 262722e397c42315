package io.sirius.plugin.namespace.internal.resolvers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamespaceAddressResolverTest {
    private static final Address TARGET = Fixtures.address(Fixtures.OTHER);

    /** alpha (active) aliases TARGET, alpha.beta.gamma too, alpha.beta a mosaic. */
    private static InMemoryState state(boolean expired) {
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        Fixtures.withAlphaTree(state);
        delta.setAlias(Fixtures.ALPHA, NamespaceAlias.of(TARGET));
        delta.setAlias(Fixtures.GAMMA, NamespaceAlias.of(TARGET));
        delta.setAlias(Fixtures.BETA, NamespaceAlias.of(new MosaicId(5)));
        delta.put(delta.root(Fixtures.ALPHA).orElseThrow().withExpired(expired));
        return state;
    }

    private static Optional<Address> resolve(NamespaceId id, InMemoryState state) {
        return new NamespaceAddressResolver().resolve(UnresolvedAddress.alias(NetworkType.MIJIN_TEST, id), state.view());
    }

    @Test
    void anActiveNamespaceResolvesToItsAddress() {
        // Act and Assert
        assertEquals(Optional.of(TARGET), resolve(Fixtures.ALPHA, state(false)));
        assertEquals(Optional.of(TARGET), resolve(Fixtures.GAMMA, state(false)));
    }

    @Test
    void anExpiredRootAndItsChildrenResolveToNothing() {
        // Act and Assert
        assertEquals(Optional.empty(), resolve(Fixtures.ALPHA, state(true)));
        assertEquals(Optional.empty(), resolve(Fixtures.GAMMA, state(true)));
    }

    @Test
    void unknownNamespacesOtherAliasesAndPlainAddressesResolveToNothing() {
        // Arrange
        InMemoryState state = state(false);

        // Act and Assert
        assertEquals(Optional.empty(), resolve(NamespaceIds.root("unknown"), state));
        assertEquals(Optional.empty(), resolve(Fixtures.BETA, state));
        assertEquals(Optional.empty(), new NamespaceAddressResolver().resolve(TARGET.toUnresolved(), state.view()));
    }
}
