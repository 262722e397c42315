package io.sirius.plugin.namespace.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceCache;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.NamespaceKey;
import io.sirius.plugin.namespace.state.OwnerPublicKey;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamespaceDeltaTest {
    private static final Address OWNER_ADDRESS = Fixtures.address(Fixtures.OWNER);

    @Test
    void setsTheAliasOfARootOrAChild() {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);
        NamespaceDelta delta = NamespaceDelta.of(state);

        // Act
        delta.setAlias(Fixtures.ALPHA, NamespaceAlias.of(new MosaicId(1)));
        delta.setAlias(Fixtures.GAMMA, NamespaceAlias.of(OWNER_ADDRESS));

        // Assert
        assertEquals(NamespaceAlias.of(new MosaicId(1)), delta.root(Fixtures.ALPHA).orElseThrow().alias());
        assertEquals(NamespaceAlias.of(OWNER_ADDRESS), delta.child(Fixtures.GAMMA).orElseThrow().alias());
        assertEquals(NamespaceAlias.none(), delta.child(Fixtures.BETA).orElseThrow().alias());
        assertThrows(IllegalStateException.class, () -> delta.setAlias(NamespaceIds.root("nope"), NamespaceAlias.none()));
    }

    @Test
    void theOwnerAddressRowComesWithTheFirstRootAndGoesWithTheLast() {
        // Arrange
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        Map<String, Map<String, String>> empty = state.snapshot();
        NamespaceKey owner = new NamespaceKey.Owner(Fixtures.OWNER);
        NamespaceKey address = new NamespaceKey.OwnerAddress(OWNER_ADDRESS);

        // Act and Assert
        delta.addOwned(Fixtures.OWNER, OWNER_ADDRESS, Fixtures.ALPHA);
        delta.addOwned(Fixtures.OWNER, OWNER_ADDRESS, NamespaceIds.root("zeta"));
        assertEquals(Optional.of(new OwnerPublicKey(Fixtures.OWNER)), state.cache(NamespaceCache.DESCRIPTOR).find(address));
        assertEquals(Optional.of(NamespaceIdSet.of(List.of(Fixtures.ALPHA, NamespaceIds.root("zeta")))),
                state.cache(NamespaceCache.DESCRIPTOR).find(owner));
        delta.removeOwned(Fixtures.OWNER, OWNER_ADDRESS, Fixtures.ALPHA);
        assertEquals(Optional.of(new OwnerPublicKey(Fixtures.OWNER)), state.cache(NamespaceCache.DESCRIPTOR).find(address));
        delta.removeOwned(Fixtures.OWNER, OWNER_ADDRESS, NamespaceIds.root("zeta"));
        assertEquals(empty, state.snapshot());
    }

    @Test
    void indexRowsVanishWithTheirLastId() {
        // Arrange
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        Map<String, Map<String, String>> empty = state.snapshot();

        // Act and Assert
        delta.indexAlias(NamespaceAlias.of(new MosaicId(5)), Fixtures.ALPHA);
        delta.indexAlias(NamespaceAlias.of(new MosaicId(5)), Fixtures.BETA);
        delta.indexAlias(NamespaceAlias.of(OWNER_ADDRESS), Fixtures.GAMMA);
        delta.indexAlias(NamespaceAlias.none(), Fixtures.GAMMA);
        delta.scheduleExpiry(new Height(9), Fixtures.ALPHA);
        assertEquals(NamespaceIdSet.of(List.of(Fixtures.BETA, Fixtures.ALPHA)), delta.aliasesOf(new MosaicId(5)));
        assertEquals(List.of(Fixtures.GAMMA), delta.aliasesOf(OWNER_ADDRESS).ids());
        assertEquals(List.of(Fixtures.ALPHA), delta.expiringAt(new Height(9)).ids());
        delta.unindexAlias(NamespaceAlias.of(new MosaicId(5)), Fixtures.ALPHA);
        delta.unindexAlias(NamespaceAlias.of(new MosaicId(5)), Fixtures.BETA);
        delta.unindexAlias(NamespaceAlias.of(OWNER_ADDRESS), Fixtures.GAMMA);
        delta.unindexAlias(NamespaceAlias.none(), Fixtures.GAMMA);
        delta.unscheduleExpiry(new Height(9), Fixtures.ALPHA);
        assertEquals(empty, state.snapshot());
    }
}
