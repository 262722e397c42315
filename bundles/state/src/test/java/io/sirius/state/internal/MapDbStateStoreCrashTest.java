package io.sirius.state.internal;

import static io.sirius.state.internal.Accounts.CACHE;
import static io.sirius.state.internal.Accounts.OTHER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.state.StateStore;
import io.sirius.state.StateStore.StateReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that commits in a loop, several times, and checks after each kill that the store reopens at
 * a committed height with exactly the state of that height.
 */
class MapDbStateStoreCrashTest {
    @TempDir
    Path dir;

    @Test
    void storeSurvivesKillNineAtRandomMoments() throws Exception {
        // Arrange
        Random random = new Random();
        Path store = dir.resolve("state");
        MapDbStateStoreFactory factory = new MapDbStateStoreFactory(StoreOptions.DEFAULTS);
        long previous = 0;

        for (int run = 0; run < 4; run++) {
            // Act
            long reported = CrashRunner.runAndKill("state", store, random, dir.resolve("child-" + run + ".log"));

            // Assert
            try (StateStore reopened = factory.openState(store)) {
                long height = reopened.height();
                assertTrue(height >= reported && height <= reported + 1, "run " + run + ": reopened at " + height
                        + " after the child reported " + reported);
                assertTrue(height > previous, "run " + run + " made progress");
                assertMatchesModel(reopened.view(), height);
                previous = height;
            }
        }
        assertTrue(Files.exists(store.resolve("state.db")));
    }

    private static void assertMatchesModel(StateReader view, long height) {
        CrashWorkload.Model model = CrashWorkload.model(height);
        for (long key = 0; key < CrashWorkload.KEYS; key++) {
            assertEquals(Optional.ofNullable(model.accounts.get(key)), view.cache(CACHE).find(key),
                    "account " + key + " at height " + height);
        }
        for (long key = 0; key < 50; key++) {
            assertEquals(Optional.ofNullable(model.other.get(key)), view.cache(OTHER).find(key));
        }
        assertEquals(model.accounts.size(), view.cache(CACHE).size());
        assertArrayEquals(CrashWorkload.root(model.accounts), view.root("account").bytes());
        assertArrayEquals(CrashWorkload.root(model.other), view.root("other").bytes());
        Map<String, String> index = new TreeMap<>();
        view.index("tx").scan(new byte[0], (k, v) -> {
            index.put(new String(k, StandardCharsets.UTF_8), new String(v, StandardCharsets.UTF_8));
            return true;
        });
        assertEquals(model.index, index);
        assertEquals(model.tip, new String(view.meta("tip").orElseThrow(), StandardCharsets.UTF_8));
    }
}
