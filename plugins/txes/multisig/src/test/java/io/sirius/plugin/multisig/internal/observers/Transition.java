package io.sirius.plugin.multisig.internal.observers;

import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An observer's effect as two states built independently of the observer: COMMIT must turn {@code before} into
 * {@code after}, and ROLLBACK {@code after} back into {@code before}, byte for byte.
 *
 * @param before builds the state before the notification
 * @param after builds the state after it
 */
record Transition(Supplier<InMemoryState> before, Supplier<InMemoryState> after) {

    /**
     * @param mode the mode under test
     * @return a fresh state to start from: {@code before} for a commit, {@code after} for a rollback
     */
    InMemoryState start(NotifyMode mode) {
        return mode == NotifyMode.COMMIT ? before.get() : after.get();
    }

    /**
     * @param mode the mode under test
     * @return the stored form of the state the observer must leave
     */
    Map<String, Map<String, String>> expected(NotifyMode mode) {
        return (mode == NotifyMode.COMMIT ? after.get() : before.get()).snapshot();
    }
}
