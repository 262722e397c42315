package io.sirius.plugin.testkit;

import io.sirius.api.observer.NotifyMode;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An observer's effect, for observer tests that run every case in both modes ({@code @EnumSource(NotifyMode.class)}):
 * two states built independently of the observer, where COMMIT must turn {@code before} into {@code after} and
 * ROLLBACK must turn {@code after} back into {@code before}, byte for byte (compared as {@link InMemoryState#snapshot()}).
 *
 * <pre>{@code
 * Transition transition = new Transition(Fixtures::state, () -> Fixtures.state(lock));
 * InMemoryState state = transition.start(mode);
 *
 * new HashLockObserver().notify(LOCK, ContextBuilder.context().state(state).mode(mode).observer());
 *
 * assertEquals(transition.expected(mode), state.snapshot());
 * }</pre>
 *
 * <p>The states are built by suppliers, so each call gets a fresh state and a test cannot change the expectation by
 * changing the state it started from.
 *
 * @param before builds the state before the notification
 * @param after builds the state after it
 */
public record Transition(Supplier<InMemoryState> before, Supplier<InMemoryState> after) {

    /**
     * @param before builds the state before the notification
     * @param after builds the state after it
     */
    public Transition {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * @param mode the mode under test
     * @return a fresh state to observe in: {@code before} for COMMIT, {@code after} for ROLLBACK
     */
    public InMemoryState start(NotifyMode mode) {
        return build(mode == NotifyMode.COMMIT ? before : after);
    }

    /**
     * @param mode the mode under test
     * @return the stored form of the state the observer must leave: {@code after} for COMMIT, {@code before} for
     *     ROLLBACK
     */
    public Map<String, Map<String, String>> expected(NotifyMode mode) {
        return build(mode == NotifyMode.COMMIT ? after : before).snapshot();
    }

    private static InMemoryState build(Supplier<InMemoryState> supplier) {
        return Objects.requireNonNull(supplier.get(), "a Transition's supplier gave no state");
    }
}
