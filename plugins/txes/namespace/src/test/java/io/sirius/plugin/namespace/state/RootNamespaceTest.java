package io.sirius.plugin.namespace.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.plugin.namespace.internal.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RootNamespaceTest {

    @Test
    void theHistoryIsAStackOfTerms() {
        // Arrange
        RootNamespace root = Fixtures.root("alpha", Fixtures.OWNER, 10, 110);
        RootTerm first = root.currentTerm();

        // Act
        RootNamespace renewed = root.withTerm(first).withLifetime(Fixtures.lifetime(10, 150), false);
        RootNamespace back = renewed.withoutLastTerm();

        // Assert
        assertEquals(List.of(first), renewed.history());
        assertEquals(Optional.of(first), renewed.lastTerm());
        assertEquals(new RootTerm(Fixtures.OWNER, Fixtures.address(Fixtures.OWNER), Fixtures.lifetime(10, 110), false,
                Optional.empty()), first);
        assertEquals(List.of(), back.history());
        assertEquals(Optional.empty(), back.lastTerm());
        assertThrows(IllegalStateException.class, back::withoutLastTerm);
    }
}
