package io.sirius.plugin.namespace.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamespaceViewTest {

    @Test
    void findsRootsAndChildrenWithTheirRoot() {
        // Arrange
        InMemoryState state = Fixtures.state();
        RootNamespace alpha = Fixtures.withAlphaTree(state);
        NamespaceView view = NamespaceView.of(state.view());

        // Act
        NamespaceEntry root = view.find(Fixtures.ALPHA).orElseThrow();
        NamespaceEntry gamma = view.find(Fixtures.GAMMA).orElseThrow();

        // Assert
        assertEquals(alpha, root.root());
        assertTrue(root.isRoot());
        assertEquals(alpha, gamma.root());
        assertEquals(List.of(Fixtures.ALPHA, Fixtures.BETA, Fixtures.GAMMA), gamma.path());
        assertEquals(Optional.of(alpha), view.root(Fixtures.ALPHA));
        assertEquals(Optional.empty(), view.root(Fixtures.BETA));
        assertEquals(Fixtures.BETA, view.child(Fixtures.BETA).orElseThrow().id());
        assertEquals(Optional.empty(), view.find(NamespaceIds.root("unknown")));
        assertFalse(view.contains(NamespaceIds.root("unknown")));
    }

    @Test
    void joinsTheNamesAlongThePath() {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);
        NamespaceView view = NamespaceView.of(state.view());

        // Act and Assert
        assertEquals("alpha", view.fullName(view.find(Fixtures.ALPHA).orElseThrow()));
        assertEquals("alpha.beta", view.fullName(view.find(Fixtures.BETA).orElseThrow()));
        assertEquals("alpha.beta.gamma", view.fullName(view.find(Fixtures.GAMMA).orElseThrow()));
    }

    @Test
    void readsTheIndexesAndAnswersEmptySetsForNothing() {
        // Arrange
        InMemoryState state = Fixtures.state();
        Fixtures.withAlphaTree(state);
        NamespaceDelta delta = NamespaceDelta.of(state);
        delta.indexAlias(NamespaceAlias.of(new MosaicId(7)), Fixtures.BETA);
        NamespaceView view = NamespaceView.of(state.view());

        // Act and Assert
        assertEquals(List.of(Fixtures.ALPHA), view.ownedBy(Fixtures.OWNER).ids());
        assertEquals(Optional.of(Fixtures.OWNER), view.ownerKey(Fixtures.address(Fixtures.OWNER)));
        assertEquals(List.of(Fixtures.ALPHA), view.expiringAt(new Height(110)).ids());
        assertEquals(List.of(Fixtures.BETA), view.aliasesOf(new MosaicId(7)).ids());
        assertTrue(view.ownedBy(Fixtures.OTHER).isEmpty());
        assertEquals(Optional.empty(), view.ownerKey(Fixtures.address(Fixtures.OTHER)));
        assertTrue(view.aliasesOf(Fixtures.address(Fixtures.OTHER)).isEmpty());
        assertTrue(view.expiringAt(new Height(111)).isEmpty());
        assertEquals(List.<NamespaceId>of(), view.aliasesOf(new MosaicId(8)).ids());
    }
}
