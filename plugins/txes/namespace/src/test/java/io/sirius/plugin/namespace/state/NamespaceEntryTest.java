package io.sirius.plugin.namespace.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.MosaicId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.NamespaceIds;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamespaceEntryTest {

    @Test
    void aChildEntryAnswersForTheChild() {
        // Arrange
        RootNamespace alpha = Fixtures.root("alpha", Fixtures.OWNER, 10, 110);
        ChildNamespace beta = Fixtures.child(List.of(Fixtures.ALPHA), "beta").withAlias(NamespaceAlias.of(new MosaicId(3)));

        // Act
        NamespaceEntry entry = new NamespaceEntry(alpha, Optional.of(beta));

        // Assert
        assertFalse(entry.isRoot());
        assertEquals(Fixtures.BETA, entry.id());
        assertEquals(2, entry.depth());
        assertEquals(Fixtures.ALPHA, entry.parentId());
        assertEquals("beta", entry.name());
        assertEquals(NamespaceAlias.of(new MosaicId(3)), entry.alias());
    }

    @Test
    void aRootEntryAnswersForTheRoot() {
        // Act
        NamespaceEntry entry = new NamespaceEntry(Fixtures.root("alpha", Fixtures.OWNER, 10, 110), Optional.empty());

        // Assert
        assertEquals(Fixtures.ALPHA, entry.id());
        assertEquals(1, entry.depth());
        assertEquals(NamespaceIds.ROOT_PARENT, entry.parentId());
        assertEquals("alpha", entry.name());
        assertEquals(NamespaceAlias.none(), entry.alias());
    }

    @Test
    void refusesAChildOfAnotherRoot() {
        // Arrange
        RootNamespace other = Fixtures.root("other", Fixtures.OWNER, 10, 110);
        ChildNamespace beta = Fixtures.child(List.of(Fixtures.ALPHA), "beta");

        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> new NamespaceEntry(other, Optional.of(beta)));
    }
}
