package io.sirius.state.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.state.StateChanges;
import io.sirius.state.StateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index removals are recorded without reading the key first: removing an absent key changes nothing anyone can see,
 * before or after the commit, in the delta, its children and older views.
 */
class DeltaIndexTest {
    @TempDir
    Path dir;
    private StateStore store;

    @BeforeEach
    void open() throws IOException {
        store = new MapDbStateStoreFactory(StoreOptions.DEFAULTS).openState(dir.resolve("state"));
        StateChanges delta = store.begin();
        delta.index("idx").put(new byte[] {1}, new byte[] {10});
        store.commit(delta, 1);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<String> keys(StateStore.IndexReader index) {
        List<String> out = new ArrayList<>();
        index.scan(new byte[0], (k, v) -> out.add(k[0] + "=" + v[0]));
        return out;
    }

    @Test
    void removingAnAbsentKeyChangesNothingVisible() {
        // Arrange
        StateStore.StateReader before = store.view();
        StateChanges delta = store.begin();
        StateChanges child = delta.child();

        // Act
        child.index("idx").remove(new byte[] {2});
        delta.merge(child);
        List<String> inDelta = keys(delta.index("idx"));
        boolean absentInDelta = delta.index("idx").get(new byte[] {2}).isEmpty();
        store.commit(delta, 2);

        // Assert
        assertEquals(List.of("1=10"), inDelta);
        assertTrue(absentInDelta);
        assertEquals(List.of("1=10"), keys(store.view().index("idx")));
        assertTrue(store.view().index("idx").get(new byte[] {2}).isEmpty());
        assertEquals(List.of("1=10"), keys(before.index("idx")));
    }

    @Test
    void aRemovedKeyIsGoneAndComesBackWhenPutAgain() {
        // Arrange
        StateStore.StateReader before = store.view();
        StateChanges delta = store.begin();

        // Act
        delta.index("idx").remove(new byte[] {1});
        boolean goneInDelta = delta.index("idx").get(new byte[] {1}).isEmpty();
        store.commit(delta, 2);
        StateChanges again = store.begin();
        again.index("idx").put(new byte[] {1}, new byte[] {11});
        store.commit(again, 3);

        // Assert
        assertTrue(goneInDelta);
        assertArrayEquals(new byte[] {11}, store.view().index("idx").get(new byte[] {1}).orElseThrow());
        assertEquals(List.of("1=10"), keys(before.index("idx")));
    }
}
