package io.sirius.plugin.namespace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.NamespaceId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterNamespaceTransactionTest {

    @Test
    void aRootCarriesItsDurationAndTheRootParent() {
        // Act
        RegisterNamespaceTransaction root = RegisterNamespaceTransaction.root(new BlockDuration(1000), "sirius-harness");

        // Assert
        assertTrue(root.isRoot());
        assertEquals(Optional.of(NamespaceType.ROOT), root.type());
        assertEquals(new BlockDuration(1000), root.duration());
        assertEquals(NamespaceIds.ROOT_PARENT, root.parentId());
        assertEquals(NamespaceIds.of("sirius-harness"), root.namespaceId());
    }

    @Test
    void aChildCarriesItsParent() {
        // Act
        RegisterNamespaceTransaction child = RegisterNamespaceTransaction.child(NamespaceIds.of("sirius-harness"), "sub");

        // Assert
        assertFalse(child.isRoot());
        assertEquals(Optional.of(NamespaceType.CHILD), child.type());
        assertEquals(NamespaceIds.of("sirius-harness"), child.parentId());
        assertEquals(NamespaceIds.of("sirius-harness.sub"), child.namespaceId());
    }

    @Test
    void anUnknownTypeIsKeptAndTreatedAsAChild() {
        // Act
        RegisterNamespaceTransaction odd = new RegisterNamespaceTransaction(7, 5, new NamespaceId(1), "x");

        // Assert
        assertEquals(Optional.empty(), odd.type());
        assertFalse(odd.isRoot());
        assertEquals(new NamespaceId(5), odd.parentId());
    }

    @Test
    void refusesWhatTheWireCannotCarry() {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> new RegisterNamespaceTransaction(256, 0, new NamespaceId(1), "a"));
        assertThrows(IllegalArgumentException.class, () -> new RegisterNamespaceTransaction(0, 0, new NamespaceId(1), "a".repeat(256)));
        assertThrows(IllegalArgumentException.class, () -> new RegisterNamespaceTransaction(0, 0, new NamespaceId(1), "\u0100"));
    }
}
