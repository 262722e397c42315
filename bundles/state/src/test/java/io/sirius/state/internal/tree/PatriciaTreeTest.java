package io.sirius.state.internal.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.StorageException;
import io.sirius.crypto.Hashes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatriciaTreeTest {

    private static byte[] leafFor(byte[] keyHash, int value) {
        return PatriciaTree.leaf(keyHash, MerkleRules.leafHash(keyHash, MerkleRules.valueHash(1,
                Integer.toString(value).getBytes())));
    }

    private static byte[] keyHash(int key) {
        return MerkleRules.keyHash(Integer.toString(key).getBytes());
    }

    private static PatriciaTree built(Map<Integer, Integer> entries) {
        byte[][] leaves = entries.entrySet().stream()
                .map(e -> leafFor(keyHash(e.getKey()), e.getValue()))
                .toArray(byte[][]::new);
        return PatriciaTree.build(leaves, "test");
    }

    private static PatriciaTree put(PatriciaTree tree, Map<Integer, Integer> batch) {
        byte[][] changes = batch.entrySet().stream()
                .map(e -> leafFor(keyHash(e.getKey()), e.getValue()))
                .toArray(byte[][]::new);
        return tree.update(changes);
    }

    private static PatriciaTree remove(PatriciaTree tree, List<Integer> keys) {
        return tree.update(keys.stream().map(PatriciaTreeTest::keyHash).toArray(byte[][]::new));
    }

    @Test
    void emptyTreeHasTheZeroRoot() {
        // Act
        PatriciaTree tree = PatriciaTree.empty();

        // Assert
        assertArrayEquals(new byte[32], tree.rootHash());
        assertEquals(0, tree.size());
        assertNull(tree.find(keyHash(1)));
    }

    @Test
    void singleEntryRootIsItsLeafHash() {
        // Arrange
        byte[] leaf = leafFor(keyHash(1), 5);

        // Act
        PatriciaTree tree = PatriciaTree.empty().update(new byte[][] {leaf.clone()});

        // Assert
        assertArrayEquals(Arrays.copyOfRange(leaf, 32, 64), tree.rootHash());
    }

    @Test
    void twoEntriesFollowTheDocumentedBranchRule() {
        // Arrange: paths that share the first three nibbles (0xAB, 0xC_) and differ at nibble 3
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        a[0] = (byte) 0xAB;
        b[0] = (byte) 0xAB;
        a[1] = (byte) 0xC2;
        b[1] = (byte) 0xC9;
        byte[] leafA = PatriciaTree.leaf(a, Hashes.sha3_256("va".getBytes()));
        byte[] leafB = PatriciaTree.leaf(b, Hashes.sha3_256("vb".getBytes()));

        // Act
        PatriciaTree tree = PatriciaTree.empty().update(new byte[][] {leafB.clone(), leafA.clone()});

        // Assert: SHA3-256(0x01 || depth 3 || bitmap (bits 2 and 9) LE || hash(a) || hash(b))
        int bitmap = (1 << 2) | (1 << 9);
        byte[] expected = Hashes.sha3_256(new byte[] {1, 3, (byte) bitmap, (byte) (bitmap >>> 8)},
                Arrays.copyOfRange(leafA, 32, 64), Arrays.copyOfRange(leafB, 32, 64));
        assertArrayEquals(expected, tree.rootHash());
    }

    @Test
    void leafHashFollowsTheDocumentedRule() {
        // Arrange
        byte[] key = "key".getBytes();
        byte[] value = "value".getBytes();

        // Act
        byte[] leafHash = MerkleRules.leafHash(MerkleRules.keyHash(key), MerkleRules.valueHash(0x0102, value));

        // Assert
        byte[] valueHash = Hashes.sha3_256(new byte[] {2, 1}, value);
        assertArrayEquals(Hashes.sha3_256(new byte[] {0}, Hashes.sha3_256(key), valueHash), leafHash);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void rootDependsOnTheEntriesNotOnOrderOrHistory(long seed) {
        // Arrange
        Random random = new Random(seed);
        Map<Integer, Integer> entries = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            entries.put(random.nextInt(1_000_000), random.nextInt());
        }
        List<Integer> keys = new ArrayList<>(entries.keySet());
        Collections.shuffle(keys, random);

        // Act: one tree in one batch, one entry by entry, one through detours (extra keys, other values)
        PatriciaTree batch = put(PatriciaTree.empty(), entries);
        PatriciaTree single = PatriciaTree.empty();
        for (Integer key : keys) {
            single = put(single, Map.of(key, entries.get(key)));
        }
        PatriciaTree detour = PatriciaTree.empty();
        List<Integer> extra = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += 100) {
            Map<Integer, Integer> chunk = new HashMap<>();
            for (int j = i; j < Math.min(keys.size(), i + 100); j++) {
                chunk.put(keys.get(j), entries.get(keys.get(j)) + 1);
            }
            int stray = 2_000_000 + i;
            chunk.put(stray, i);
            extra.add(stray);
            detour = put(detour, chunk);
        }
        detour = remove(detour, extra);
        detour = put(detour, entries);

        // Assert
        byte[] expected = built(entries).rootHash();
        assertArrayEquals(expected, batch.rootHash());
        assertArrayEquals(expected, single.rootHash());
        assertArrayEquals(expected, detour.rootHash());
        assertEquals(entries.size(), detour.size());
    }

    @Test
    void incrementalUpdatesMatchARebuildAfterEveryRound() {
        // Arrange
        Random random = new Random(42);
        Map<Integer, Integer> model = new HashMap<>();
        PatriciaTree tree = PatriciaTree.empty();

        for (int round = 0; round < 60; round++) {
            // Act: a random mix of inserts, updates and removals (some of absent keys)
            Map<Integer, Integer> puts = new HashMap<>();
            List<Integer> removals = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(80); i++) {
                int key = random.nextInt(400);
                if (random.nextInt(3) == 0) {
                    if (!puts.containsKey(key)) {
                        removals.add(key);
                    }
                } else if (!removals.contains(key)) {
                    puts.put(key, random.nextInt(5));
                }
            }
            byte[][] changes = new byte[puts.size() + removals.size()][];
            int n = 0;
            for (Map.Entry<Integer, Integer> e : puts.entrySet()) {
                changes[n++] = leafFor(keyHash(e.getKey()), e.getValue());
            }
            for (Integer key : removals) {
                changes[n++] = keyHash(key);
            }
            tree = tree.update(changes);
            model.putAll(puts);
            removals.forEach(model::remove);

            // Assert
            assertArrayEquals(built(model).rootHash(), tree.rootHash(), "round " + round);
            assertEquals(model.size(), tree.size(), "round " + round);
        }
    }

    @Test
    void aSingleChangeChangesTheRootAndRevertingRestoresIt() {
        // Arrange
        Map<Integer, Integer> entries = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            entries.put(i, i);
        }
        PatriciaTree tree = built(entries);
        byte[] root = tree.rootHash();

        // Act
        PatriciaTree changed = put(tree, Map.of(250, 251));
        PatriciaTree added = put(tree, Map.of(9999, 1));
        PatriciaTree removed = remove(tree, List.of(17));
        PatriciaTree reverted = put(changed, Map.of(250, 250));

        // Assert
        assertFalse(Arrays.equals(root, changed.rootHash()));
        assertFalse(Arrays.equals(root, added.rootHash()));
        assertFalse(Arrays.equals(root, removed.rootHash()));
        assertArrayEquals(root, reverted.rootHash());
        assertArrayEquals(root, tree.rootHash(), "the original tree is persistent");
        assertEquals(500, tree.size());
        assertEquals(499, removed.size());
    }

    @Test
    void removingEverythingReturnsTheZeroRoot() {
        // Arrange
        Map<Integer, Integer> entries = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            entries.put(i, i);
        }
        PatriciaTree tree = built(entries);
        List<Integer> keys = new ArrayList<>(entries.keySet());
        Collections.shuffle(keys, new Random(5));

        // Act
        PatriciaTree half = remove(tree, keys.subList(0, 150));
        PatriciaTree none = remove(half, keys.subList(150, 300));

        // Assert
        assertEquals(150, half.size());
        assertArrayEquals(new byte[32], none.rootHash());
        assertEquals(0, none.size());
    }

    @Test
    void deepSharedPrefixesSplitAndCollapse() {
        // Arrange: paths equal up to nibble 60, 61 and 62
        byte[] base = new byte[32];
        Arrays.fill(base, (byte) 0x5A);
        byte[] a = base.clone();
        byte[] b = base.clone();
        b[31] = 0x5B;
        byte[] c = base.clone();
        c[30] = 0x5B;
        byte[] leafA = PatriciaTree.leaf(a, Hashes.sha3_256(new byte[] {1}));
        byte[] leafB = PatriciaTree.leaf(b, Hashes.sha3_256(new byte[] {2}));
        byte[] leafC = PatriciaTree.leaf(c, Hashes.sha3_256(new byte[] {3}));

        // Act
        PatriciaTree all = PatriciaTree.empty().update(new byte[][] {leafA.clone(), leafB.clone(), leafC.clone()});
        PatriciaTree withoutC = all.update(new byte[][] {c.clone()});
        PatriciaTree onlyAAndB = PatriciaTree.empty().update(new byte[][] {leafB.clone(), leafA.clone()});

        // Assert
        assertNotNull(all.find(b));
        assertArrayEquals(onlyAAndB.rootHash(), withoutC.rootHash());
        assertArrayEquals(leafA, all.find(a));
        assertNull(withoutC.find(c));
    }

    @Test
    void buildRejectsTwoLeavesWithTheSameKeyHash() {
        // Arrange
        byte[] a = leafFor(keyHash(1), 1);
        byte[] b = leafFor(keyHash(1), 2);

        // Act and assert
        assertThrows(StorageException.class, () -> PatriciaTree.build(new byte[][] {a, b}, "cache x"));
    }

    @Test
    void versionOutsideU16IsRejected() {
        // Act and assert
        assertThrows(IllegalArgumentException.class, () -> MerkleRules.valueHash(70_000, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> MerkleRules.valueHash(-1, new byte[0]));
    }
}
