package io.sirius.state.internal;

import static io.sirius.state.internal.Accounts.CACHE;
import static io.sirius.state.internal.Accounts.CACHE_V2;
import static io.sirius.state.internal.Accounts.OTHER;
import static io.sirius.state.internal.Accounts.account;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.StorageException;
import io.sirius.api.model.Hash256;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore;
import io.sirius.state.StateStore.StateReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapDbStateStoreTest {
    @TempDir
    Path dir;

    private final MapDbStateStoreFactory factory = new MapDbStateStoreFactory(StoreOptions.DEFAULTS);
    private StateStore store;

    @BeforeEach
    void open() throws IOException {
        store = factory.openState(dir.resolve("state"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void reopen() throws IOException {
        store.close();
        store = factory.openState(dir.resolve("state"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void commit(long height, long... balancesByKey) {
        StateChanges delta = store.begin();
        CacheDelta<Long, Accounts.Account> accounts = delta.cache(CACHE);
        for (int i = 0; i < balancesByKey.length; i++) {
            accounts.put((long) i, account(balancesByKey[i]));
        }
        store.commit(delta, height);
    }

    @Test
    void newStoreIsEmptyAtHeightZero() {
        // Act
        StateReader view = store.view();

        // Assert
        assertEquals(0, store.height());
        assertEquals(0, view.cache(CACHE).size());
        assertEquals(Hash256.ZERO, view.root("account"));
        assertTrue(view.cache(CACHE).find(1L).isEmpty());
        assertTrue(view.meta("tip").isEmpty());
    }

    @Test
    void deltaSeesItsChangesAndTheViewDoesNot() {
        // Arrange
        commit(1, 10, 20);
        StateChanges delta = store.begin();

        // Act
        delta.cache(CACHE).put(0L, account(11));
        delta.cache(CACHE).remove(1L);
        delta.cache(CACHE).put(2L, account(30));

        // Assert
        assertEquals(Optional.of(account(11)), delta.cache(CACHE).find(0L));
        assertTrue(delta.cache(CACHE).find(1L).isEmpty());
        assertEquals(2, delta.cache(CACHE).size());
        assertEquals(3, delta.changeCount());
        assertEquals(Optional.of(account(10)), store.view().cache(CACHE).find(0L));
        assertEquals(Optional.of(account(20)), store.view().cache(CACHE).find(1L));
        assertEquals(2, store.view().cache(CACHE).size());
        assertNotEquals(store.view().root("account"), delta.root("account"));
    }

    @Test
    void commitMakesEverythingVisibleTogether() {
        // Arrange
        StateChanges delta = store.begin();
        delta.cache(CACHE).put(7L, account(70));
        delta.index("tx").put(bytes("k1"), bytes("v1"));
        delta.putMeta("tip", bytes("hash-1"));
        Hash256 root = delta.root("account");

        // Act
        store.commit(delta, 1);

        // Assert
        StateReader view = store.view();
        assertEquals(1, store.height());
        assertEquals(1, view.height());
        assertEquals(Optional.of(account(70)), view.cache(CACHE).find(7L));
        assertArrayEquals(bytes("v1"), view.index("tx").get(bytes("k1")).orElseThrow());
        assertArrayEquals(bytes("hash-1"), view.meta("tip").orElseThrow());
        assertEquals(root, view.root("account"));
    }

    @Test
    void viewTakenBeforeCommitKeepsItsSnapshot() {
        // Arrange
        commit(1, 10, 20, 30);
        StateChanges seed = store.begin();
        seed.index("tx").put(bytes("a"), bytes("1"));
        seed.index("tx").put(bytes("b"), bytes("2"));
        seed.putMeta("tip", bytes("one"));
        store.commit(seed, 2);
        StateReader before = store.view();
        Hash256 rootBefore = before.root("account");

        // Act
        StateChanges delta = store.begin();
        delta.cache(CACHE).put(0L, account(11));
        delta.cache(CACHE).remove(1L);
        delta.cache(CACHE).put(5L, account(50));
        delta.index("tx").remove(bytes("a"));
        delta.index("tx").put(bytes("b"), bytes("22"));
        delta.index("tx").put(bytes("c"), bytes("3"));
        delta.putMeta("tip", bytes("two"));
        store.commit(delta, 3);
        StateChanges later = store.begin();
        later.cache(CACHE).put(2L, account(33));
        store.commit(later, 4);

        // Assert
        assertEquals(2, before.height());
        assertEquals(Optional.of(account(10)), before.cache(CACHE).find(0L));
        assertEquals(Optional.of(account(20)), before.cache(CACHE).find(1L));
        assertEquals(Optional.of(account(30)), before.cache(CACHE).find(2L));
        assertTrue(before.cache(CACHE).find(5L).isEmpty());
        assertEquals(3, before.cache(CACHE).size());
        assertEquals(rootBefore, before.root("account"));
        assertArrayEquals(bytes("1"), before.index("tx").get(bytes("a")).orElseThrow());
        assertEquals(List.of("a=1", "b=2"), scan(before, "tx", ""));
        assertArrayEquals(bytes("one"), before.meta("tip").orElseThrow());
        StateReader after = store.view();
        assertEquals(Optional.of(account(11)), after.cache(CACHE).find(0L));
        assertTrue(after.cache(CACHE).find(1L).isEmpty());
        assertEquals(Optional.of(account(33)), after.cache(CACHE).find(2L));
        assertEquals(List.of("b=22", "c=3"), scan(after, "tx", ""));
    }

    @Test
    void indexScanOfOldViewSpansManyChunks() {
        // Arrange: more entries than one scan chunk, then a commit that rewrites every other one
        StateChanges seed = store.begin();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            String key = String.format("k%04d", i);
            seed.index("big").put(bytes(key), bytes("v" + i));
            expected.add(key + "=v" + i);
        }
        store.commit(seed, 1);
        StateReader before = store.view();
        StateChanges delta = store.begin();
        for (int i = 0; i < 700; i += 2) {
            delta.index("big").remove(bytes(String.format("k%04d", i)));
            delta.index("big").put(bytes(String.format("k%04dx", i)), bytes("new"));
        }

        // Act
        store.commit(delta, 2);

        // Assert
        assertEquals(expected, scan(before, "big", "k"));
        assertEquals(700, scan(store.view(), "big", "k").size());
        assertTrue(scan(store.view(), "big", "k").contains("k0000x=new"));
    }

    @Test
    void indexScanHonoursPrefixOrderAndEarlyStop() {
        // Arrange
        StateChanges seed = store.begin();
        for (String key : new String[] {"b2", "a1", "b1", "c1", "b10"}) {
            seed.index("idx").put(bytes(key), bytes("x"));
        }
        seed.index("idx").put(new byte[] {(byte) 0xFF, 1}, bytes("high"));
        store.commit(seed, 1);
        StateChanges delta = store.begin();
        delta.index("idx").put(bytes("b0"), bytes("y"));
        delta.index("idx").remove(bytes("b10"));

        // Act
        List<String> committed = scan(store.view(), "idx", "b");
        List<String> pending = new ArrayList<>();
        delta.index("idx").scan(bytes("b"), (k, v) -> pending.add(new String(k, StandardCharsets.UTF_8)) && pending.size() < 2);
        List<String> high = new ArrayList<>();
        store.view().index("idx").scan(new byte[] {(byte) 0xFF}, (k, v) -> high.add(HexFormat.of().formatHex(k)));

        // Assert
        assertEquals(List.of("b1=x", "b10=x", "b2=x"), committed);
        assertEquals(List.of("b0", "b1"), pending);
        assertEquals(List.of("ff01"), high);
        assertEquals(List.of("b0=y", "b1=x", "b2=x"), scan(delta, "idx", "b"));
    }

    @Test
    void declaredIndexesAreTheirOwnTablesFollowingChildrenAndCommits() {
        // Arrange: a declared index lives apart from an internal index of the same name
        IndexDescriptor declared = new IndexDescriptor("holders");
        StateChanges block = store.begin();
        block.index("holders").put(bytes("internal"), bytes("1"));
        block.index(declared).put(bytes("a"), bytes("1"));
        StateChanges kept = block.child();
        kept.index(declared).put(bytes("b"), bytes("2"));
        block.merge(kept);
        StateChanges dropped = block.child();
        dropped.index(declared).put(bytes("c"), bytes("3"));
        dropped.index(declared).remove(bytes("a"));

        // Act
        store.commit(block, 1);
        List<String> seen = new ArrayList<>();
        store.view().index(declared).scan(new byte[0], (k, v) -> seen.add(new String(k, StandardCharsets.UTF_8)));

        // Assert: the merged child's entry is there, the dropped child's changes are not
        assertEquals(List.of("a", "b"), seen);
        assertEquals("1", new String(store.view().index(declared).get(bytes("a")).orElseThrow(), StandardCharsets.UTF_8));
        assertEquals(List.of("internal=1"), scan(store.view(), "holders", ""));
        assertTrue(store.view().index(new IndexDescriptor("unknown")).get(bytes("a")).isEmpty());
    }

    @Test
    void childMergedIntoParentKeepsItsChanges() {
        // Arrange
        commit(1, 10, 20);
        StateChanges block = store.begin();
        block.cache(CACHE).put(0L, account(11));
        StateChanges tx = block.child();

        // Act
        tx.cache(CACHE).put(1L, account(21));
        tx.cache(CACHE).remove(0L);
        tx.index("tx").put(bytes("h"), bytes("1"));
        tx.putMeta("m", bytes("x"));
        assertEquals(Optional.of(account(11)), block.cache(CACHE).find(0L));
        block.merge(tx);

        // Assert
        assertTrue(block.cache(CACHE).find(0L).isEmpty());
        assertEquals(Optional.of(account(21)), block.cache(CACHE).find(1L));
        assertArrayEquals(bytes("1"), block.index("tx").get(bytes("h")).orElseThrow());
        assertArrayEquals(bytes("x"), block.meta("m").orElseThrow());
        assertThrows(IllegalStateException.class, () -> tx.cache(CACHE).find(0L));
        store.commit(block, 2);
        assertEquals(Optional.of(account(21)), store.view().cache(CACHE).find(1L));
        assertEquals(1, store.view().cache(CACHE).size());
    }

    @Test
    void droppedChildLeavesParentUnchanged() {
        // Arrange
        commit(1, 10, 20);
        StateChanges block = store.begin();
        block.cache(CACHE).put(0L, account(11));
        Hash256 rootBefore = block.root("account");
        StateChanges tx = block.child();

        // Act
        tx.cache(CACHE).put(1L, account(99));
        tx.index("tx").put(bytes("h"), bytes("1"));
        Hash256 childRoot = tx.root("account");

        // Assert
        assertNotEquals(rootBefore, childRoot);
        assertEquals(rootBefore, block.root("account"));
        assertEquals(Optional.of(account(20)), block.cache(CACHE).find(1L));
        assertTrue(block.index("tx").get(bytes("h")).isEmpty());
        assertEquals(1, block.changeCount());
    }

    @Test
    void childRootsAndMergedRootsAgreeWithAFreshDelta() {
        // Arrange
        commit(1, 10, 20, 30);
        StateChanges block = store.begin();
        block.cache(CACHE).put(0L, account(1));
        block.root("account");
        StateChanges tx = block.child();
        tx.cache(CACHE).put(3L, account(4));
        Hash256 childRoot = tx.root("account");

        // Act
        block.merge(tx);
        StateChanges flat = store.begin();
        flat.cache(CACHE).put(3L, account(4));
        flat.cache(CACHE).put(0L, account(1));

        // Assert
        assertEquals(childRoot, block.root("account"));
        assertEquals(flat.root("account"), block.root("account"));
    }

    @Test
    void mergeFailsForAStaleOrForeignChild() {
        // Arrange
        StateChanges block = store.begin();
        StateChanges tx = block.child();
        block.cache(CACHE).put(1L, account(1));
        StateChanges other = store.begin().child();

        // Act and assert
        assertThrows(IllegalStateException.class, () -> block.merge(tx));
        assertThrows(IllegalArgumentException.class, () -> block.merge(other));
        assertThrows(IllegalArgumentException.class, () -> store.commit(other, 1));
    }

    @Test
    void commitRejectsAStaleOrReusedDelta() {
        // Arrange
        StateChanges first = store.begin();
        StateChanges second = store.begin();
        first.cache(CACHE).put(1L, account(1));
        store.commit(first, 1);

        // Act and assert
        assertThrows(IllegalStateException.class, () -> store.commit(second, 2));
        assertThrows(IllegalStateException.class, () -> store.commit(first, 2));
        assertThrows(IllegalStateException.class, () -> first.cache(CACHE).find(1L));
        assertEquals(1, store.height());
    }

    @Test
    void rollbackCommitsALowerHeight() {
        // Arrange
        commit(1, 10);
        commit(2, 20);
        Hash256 rootAtOne;
        StateChanges undo = store.begin();
        undo.cache(CACHE).put(0L, account(10));

        // Act
        store.commit(undo, 1);
        rootAtOne = store.view().root("account");

        // Assert
        assertEquals(1, store.height());
        StateChanges replay = store.begin();
        assertEquals(rootAtOne, replay.root("account"));
        assertEquals(Optional.of(account(10)), store.view().cache(CACHE).find(0L));
    }

    @Test
    void reopenRestoresHeightEntriesIndexesMetaAndRoots() throws IOException {
        // Arrange
        StateChanges delta = store.begin();
        for (long i = 0; i < 500; i++) {
            delta.cache(CACHE).put(i, account(i));
            delta.cache(OTHER).put(i, account(-i));
        }
        delta.index("tx").put(bytes("k"), bytes("v"));
        delta.putMeta("tip", bytes("t"));
        store.commit(delta, 9);
        Hash256 accountRoot = store.view().root("account");
        Hash256 otherRoot = store.view().root("other");

        // Act
        reopen();

        // Assert
        StateReader view = store.view();
        assertEquals(9, store.height());
        assertEquals(500, view.cache(CACHE).size());
        assertEquals(Optional.of(account(321)), view.cache(CACHE).find(321L));
        assertEquals(Optional.of(account(-7)), view.cache(OTHER).find(7L));
        assertEquals(accountRoot, view.root("account"));
        assertEquals(otherRoot, view.root("other"));
        assertArrayEquals(bytes("v"), view.index("tx").get(bytes("k")).orElseThrow());
        assertArrayEquals(bytes("t"), view.meta("tip").orElseThrow());
    }

    @Test
    void uncommittedDeltaIsLostOnReopen() throws IOException {
        // Arrange
        commit(1, 10);
        StateChanges delta = store.begin();
        delta.cache(CACHE).put(0L, account(99));
        delta.root("account");

        // Act
        reopen();

        // Assert
        assertEquals(1, store.height());
        assertEquals(Optional.of(account(10)), store.view().cache(CACHE).find(0L));
    }

    @Test
    void entryWrittenInVersionOneIsReadAfterTheSerializerMovesToVersionTwo() throws IOException {
        // Arrange
        commit(1, 10, 20);
        reopen();

        // Act
        Optional<Accounts.Account> old = store.view().cache(CACHE_V2).find(0L);
        StateChanges delta = store.begin();
        delta.cache(CACHE_V2).put(1L, new Accounts.Account(21, "a21", 7));
        store.commit(delta, 2);
        reopen();

        // Assert
        assertEquals(Optional.of(new Accounts.Account(10, "a10", 0)), old);
        assertEquals(Optional.of(new Accounts.Account(10, "a10", 0)), store.view().cache(CACHE_V2).find(0L));
        assertEquals(Optional.of(new Accounts.Account(21, "a21", 7)), store.view().cache(CACHE_V2).find(1L));
        StorageException error = assertThrows(StorageException.class, () -> store.view().cache(CACHE).find(1L));
        assertTrue(error.getMessage().contains("version 2"), error.getMessage());
    }

    @Test
    void badArgumentsGiveClearErrors() {
        // Arrange
        StateChanges delta = store.begin();

        // Act and assert
        assertThrows(IllegalArgumentException.class, () -> delta.index("Bad-Name"));
        assertThrows(IllegalArgumentException.class, () -> store.view().index("tx idx"));
        assertThrows(NullPointerException.class, () -> delta.cache(CACHE).put(1L, null));
        assertThrows(IllegalArgumentException.class, () -> store.commit(delta, -1));
        assertThrows(IllegalArgumentException.class, () -> delta.cache(new io.sirius.api.state.CacheDescriptor<>(
                "account", 9, Accounts.KEYS, new Accounts.V2())));
    }

    @Test
    void secondOpenOfTheSameDirectoryFails() {
        // Act
        IOException error = assertThrows(IOException.class, () -> factory.openState(dir.resolve("state")));

        // Assert
        assertTrue(error.getMessage().contains(dir.resolve("state").toString()), error.getMessage());
    }

    @Test
    void closedStoreRefusesUse() {
        // Arrange
        StateReader view = store.view();
        store.close();

        // Act and assert
        assertThrows(IllegalStateException.class, () -> store.begin());
        assertThrows(IllegalStateException.class, () -> view.cache(CACHE).find(1L));
    }

    @Test
    void corruptEntryRecordIsReportedWithTheCacheName() throws IOException {
        // Arrange: a foreign format byte planted through MapDB itself
        commit(1, 10);
        store.close();
        try (Tables tables = new Tables(io.sirius.state.internal.durable.JournaledVolume.open(
                dir.resolve("state/state.db"), dir.resolve("state/state.journal"), 1 << 20))) {
            byte[] key = Accounts.KEYS.encode(0L);
            byte[] record = tables.cache("account", false).get(key);
            record[0] = 9;
            tables.cache("account", false).put(key, record);
            tables.commit();
        }

        // Act
        StorageException error = assertThrows(StorageException.class, () -> reopen());

        // Assert
        assertTrue(error.getMessage().contains("account"), error.getMessage());
        assertTrue(error.getMessage().contains("format 9"), error.getMessage());
        store = factory.openState(dir.resolve("other"));
    }

    @Test
    void changedValueBehindTheRootIsDetectedOnOpen() throws IOException {
        // Arrange: a record that is well formed but is not the committed entry
        commit(1, 10, 20);
        store.close();
        try (Tables tables = new Tables(io.sirius.state.internal.durable.JournaledVolume.open(
                dir.resolve("state/state.db"), dir.resolve("state/state.journal"), 1 << 20))) {
            byte[] key = Accounts.KEYS.encode(0L);
            tables.cache("account", false).put(key, EntryRecord.encode(
                    io.sirius.state.internal.tree.MerkleRules.keyHash(key), account(11), new Accounts.V1()));
            tables.commit();
        }

        // Act
        StorageException error = assertThrows(StorageException.class, () -> reopen());

        // Assert
        assertTrue(error.getMessage().contains("cache account"), error.getMessage());
        assertTrue(error.getMessage().contains("corrupt"), error.getMessage());
        store = factory.openState(dir.resolve("other"));
    }

    @Test
    void unreadableDirectoryIsNamed() throws IOException {
        // Arrange
        Path file = Files.writeString(dir.resolve("plain-file"), "x");

        // Act
        IOException error = assertThrows(IOException.class, () -> factory.openState(file.resolve("state")));

        // Assert
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
    }

    @Test
    void removingEveryEntryReturnsTheZeroRoot() {
        // Arrange
        commit(1, 10, 20, 30);
        StateChanges delta = store.begin();

        // Act
        for (long i = 0; i < 3; i++) {
            delta.cache(CACHE).remove(i);
        }
        Hash256 pending = delta.root("account");
        store.commit(delta, 2);

        // Assert
        assertEquals(Hash256.ZERO, pending);
        assertEquals(Hash256.ZERO, store.view().root("account"));
        assertEquals(0, store.view().cache(CACHE).size());
        assertFalse(store.view().cache(CACHE).contains(0L));
    }

    @Test
    void concurrentReaderOfAViewNeverSeesACommitInProgress() throws Exception {
        // Arrange: 300 accounts and index entries at height 1, a view of it, and a thread reading the view
        StateChanges seed = store.begin();
        for (long i = 0; i < 300; i++) {
            seed.cache(CACHE).put(i, account(1));
            seed.index("tx").put(bytes(String.format("k%03d", i)), bytes("1"));
        }
        store.commit(seed, 1);
        StateReader view = store.view();
        java.util.concurrent.atomic.AtomicReference<String> wrong = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!stop.get() && wrong.get() == null) {
                for (long i = 0; i < 300; i++) {
                    if (!view.cache(CACHE).find(i).equals(Optional.of(account(1)))) {
                        wrong.set("account " + i + " = " + view.cache(CACHE).find(i));
                    }
                }
                List<String> entries = scan(view, "tx", "k");
                if (entries.size() != 300 || !entries.stream().allMatch(e -> e.endsWith("=1"))) {
                    wrong.set("index " + entries.size() + " entries");
                }
            }
        });
        reader.start();

        // Act: commits that rewrite, remove and re-add everything
        for (long h = 2; h <= 25; h++) {
            StateChanges delta = store.begin();
            for (long i = 0; i < 300; i++) {
                if ((i + h) % 3 == 0) {
                    delta.cache(CACHE).remove(i);
                    delta.index("tx").remove(bytes(String.format("k%03d", i)));
                } else {
                    delta.cache(CACHE).put(i, account(h));
                    delta.index("tx").put(bytes(String.format("k%03d", i)), bytes(Long.toString(h)));
                }
            }
            store.commit(delta, h);
        }
        stop.set(true);
        reader.join();

        // Assert
        assertEquals(null, wrong.get());
        assertEquals(1, view.height());
    }

    private static List<String> scan(StateStore.StateReader reader, String index, String prefix) {
        List<String> out = new ArrayList<>();
        reader.index(index).scan(bytes(prefix), (k, v) -> out.add(new String(k, StandardCharsets.UTF_8) + "="
                + new String(v, StandardCharsets.UTF_8)));
        return out;
    }
}
