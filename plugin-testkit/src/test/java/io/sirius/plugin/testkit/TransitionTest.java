package io.sirius.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.testkit.TestCaches.Item;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransitionTest {
    private static final Transition ADD_ONE = new Transition(() -> InMemoryState.of(TestCaches.GOOD), () -> {
        InMemoryState state = InMemoryState.of(TestCaches.GOOD);
        state.cache(TestCaches.GOOD).put(1L, new Item(1, "one"));
        return state;
    });

    @Test
    void aCommitStartsBeforeAndMustLeaveAfter() {
        // Act
        InMemoryState start = ADD_ONE.start(NotifyMode.COMMIT);

        // Assert
        assertEquals(List.of(), start.entries(TestCaches.GOOD));
        assertEquals(ADD_ONE.after().get().snapshot(), ADD_ONE.expected(NotifyMode.COMMIT));
    }

    @Test
    void aRollbackStartsAfterAndMustLeaveBefore() {
        // Act
        InMemoryState start = ADD_ONE.start(NotifyMode.ROLLBACK);

        // Assert
        assertEquals(List.of(new Item(1, "one")), start.entries(TestCaches.GOOD));
        assertEquals(InMemoryState.of(TestCaches.GOOD).snapshot(), ADD_ONE.expected(NotifyMode.ROLLBACK));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void everyStartIsAFreshStateSoATestCannotChangeTheExpectation(NotifyMode mode) {
        // Arrange
        InMemoryState first = ADD_ONE.start(mode);

        // Act: what an observer would do
        first.cache(TestCaches.GOOD).put(2L, new Item(2, "two"));

        // Assert
        assertNotSame(first, ADD_ONE.start(mode));
        assertEquals(ADD_ONE.start(mode).snapshot(), (mode == NotifyMode.COMMIT ? ADD_ONE.before() : ADD_ONE.after())
                .get().snapshot());
    }

    @Test
    void aSupplierThatGivesNoStateIsAnError() {
        // Arrange
        Transition broken = new Transition(() -> null, () -> InMemoryState.of(TestCaches.GOOD));

        // Act + Assert
        assertThrows(NullPointerException.class, () -> broken.start(NotifyMode.COMMIT));
        assertThrows(NullPointerException.class, () -> broken.expected(NotifyMode.ROLLBACK));
        assertThrows(NullPointerException.class, () -> new Transition(null, () -> null));
    }
}
