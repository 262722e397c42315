package io.sirius.plugin.metadata.internal.observers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.observer.NotifyMode;
import io.sirius.api.result.ResultCode;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.internal.validators.MetadataImmutabilityValidator;
import io.sirius.plugin.metadata.internal.validators.MetadataRemovalValidator;
import io.sirius.plugin.metadata.internal.validators.MetadataValueValidator;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.metadata.state.MetadataCache;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A long history of one entry, as clients would write it (each change built from the value the client last saw), run
 * through the stateful rules and the observer, then undone change by change: every value must be as written, and every
 * undo must give back exactly the state before the change.
 */
class MetadataChangeHistoryTest {
    private final MetadataValueObserver observer = new MetadataValueObserver();

    private static String randomValue(Random random) {
        int size = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(12);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < size; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private static boolean valid(InMemoryState state, MetadataValueNotification change) {
        StatefulValidationContext context = Fixtures.context().state(state).stateful();
        for (ResultCode result : List.of(new MetadataValueValidator().validate(change, context),
                new MetadataImmutabilityValidator().validate(change, context),
                new MetadataRemovalValidator().validate(change, context))) {
            if (!result.isSuccess()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyChangeAppliesAsWrittenAndUndoesExactly() {
        // Arrange: a fixed seed, so a failure reproduces
        Random random = new Random(20240517);
        InMemoryState state = Fixtures.state();
        String current = "";
        List<MetadataValueNotification> applied = new ArrayList<>();
        List<Map<String, Map<String, String>>> before = new ArrayList<>();

        // Act: 300 changes in both forms, immutable or not; those the rules refuse are skipped, as a block would
        for (int i = 0; i < 300; i++) {
            String next = randomValue(random);
            if (next.equals(current)) {
                continue;
            }
            boolean extended = random.nextBoolean();
            MetadataValueNotification change = Fixtures.change(current, next, extended, extended && random.nextInt(8) == 0);
            if (!valid(state, change)) {
                continue;
            }
            before.add(state.snapshot());
            observer.notify(change, Fixtures.context().state(state).mode(NotifyMode.COMMIT).observer());
            applied.add(change);
            current = next;
            List<byte[]> values = state.entries(MetadataCache.DESCRIPTOR).stream().map(e -> e.value()).toList();
            assertEquals(next.isEmpty() ? 0 : 1, values.size());
            if (!next.isEmpty()) {
                assertArrayEquals(Fixtures.bytes(next), values.get(0));
            }
        }
        List<Map<String, Map<String, String>>> undone = new ArrayList<>();
        for (int i = applied.size() - 1; i >= 0; i--) {
            observer.notify(applied.get(i), Fixtures.context().state(state).mode(NotifyMode.ROLLBACK).observer());
            undone.add(0, state.snapshot());
        }

        // Assert
        assertTrue(applied.size() > 100, "only " + applied.size() + " changes were valid");
        assertEquals(before, undone);
        assertEquals(0, state.entries(MetadataCache.DESCRIPTOR).size());
    }
}
