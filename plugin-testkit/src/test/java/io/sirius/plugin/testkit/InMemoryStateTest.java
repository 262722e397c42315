package io.sirius.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.IndexDelta;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.api.state.KeyCodec;
import io.sirius.plugin.testkit.TestCaches.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryStateTest {

    @Test
    void storesEntriesAsBytesAndReadsThemBack() {
        // Arrange
        InMemoryState state = InMemoryState.of(TestCaches.GOOD);
        CacheDelta<Long, Item> cache = state.cache(TestCaches.GOOD);

        // Act
        cache.put(7L, new Item(70, "seven"));

        // Assert
        assertEquals(Optional.of(new Item(70, "seven")), cache.find(7L));
        assertEquals(Optional.empty(), cache.find(8L));
        assertEquals(1, cache.size());
        assertEquals(Map.of("good", Map.of("0000000000000007", "v2:4600000000000000" + "0500" + "736576656E")),
                state.snapshot());
    }

    @Test
    void ordersKeysByTheirBytesUnsigned() {
        // Arrange
        InMemoryState state = InMemoryState.of(TestCaches.GOOD);
        CacheDelta<Long, Item> cache = state.cache(TestCaches.GOOD);

        // Act: -1 is 0xFF.. and sorts last, as the store sorts it
        cache.put(-1L, new Item(1, "max"));
        cache.put(300L, new Item(2, "b"));
        cache.put(2L, new Item(3, "a"));

        // Assert
        assertEquals(List.of(2L, 300L, -1L), state.keys(TestCaches.GOOD));
        assertEquals(List.of(new Item(3, "a"), new Item(2, "b"), new Item(1, "max")), state.entries(TestCaches.GOOD));
    }

    @Test
    void removesAndReplaces() {
        // Arrange
        InMemoryState state = InMemoryState.of(TestCaches.GOOD);
        CacheDelta<Long, Item> cache = state.cache(TestCaches.GOOD);
        cache.put(1L, new Item(1, "a"));
        cache.put(2L, new Item(2, "b"));

        // Act
        cache.put(1L, new Item(10, "A"));
        cache.remove(2L);
        cache.remove(3L);

        // Assert
        assertEquals(List.of(new Item(10, "A")), state.entries(TestCaches.GOOD));
    }

    @Test
    void refusesCachesNobodyDeclared() {
        // Arrange
        InMemoryState state = new InMemoryState();

        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> state.cache(TestCaches.GOOD));

        // Assert
        assertTrue(e.getMessage().contains("'good' is not declared"), e.getMessage());
    }

    @Test
    void refusesTwoDescriptorsWithOneNameOrOneId() {
        // Arrange
        InMemoryState state = InMemoryState.of(TestCaches.GOOD);
        CacheDescriptor<Long, Item> sameName = new CacheDescriptor<>("good", 41, new TestCaches.LongKeys(), new TestCaches.Items());
        CacheDescriptor<Long, Item> sameId = new CacheDescriptor<>("other", 40, new TestCaches.LongKeys(), new TestCaches.Items());

        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> state.declare(sameName));
        assertThrows(IllegalArgumentException.class, () -> state.declare(sameId));
        assertThrows(IllegalArgumentException.class, () -> state.cache(sameName));
        state.declare(TestCaches.GOOD);
    }

    @Test
    void aSerializerThatLosesAFieldFailsThePut() {
        // Arrange: writes the name but reads it as empty
        CacheDescriptor<Long, Item> lossy = new CacheDescriptor<>("lossy", 41, new TestCaches.LongKeys(), new TestCaches.Items() {
            @Override
            public Item read(BinaryReader in, int version) {
                Item item = super.read(in, version);
                return new Item(item.number(), "");
            }
        });
        CacheDelta<Long, Item> cache = InMemoryState.of(lossy).cache(lossy);

        // Act
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cache.put(1L, new Item(1, "name")));

        // Assert
        assertTrue(e.getMessage().contains("reads back as"), e.getMessage());
    }

    @Test
    void aSerializerThatLeavesBytesUnreadFailsTheRead() {
        // Arrange: writes a trailing byte it never reads
        CacheDescriptor<Long, Item> trailing = new CacheDescriptor<>("trailing", 42, new TestCaches.LongKeys(), new TestCaches.Items() {
            @Override
            public void write(Item entry, BinaryWriter out) {
                super.write(entry, out);
                out.writeU8(0);
            }
        });
        CacheDelta<Long, Item> cache = InMemoryState.of(trailing).cache(trailing);

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> cache.put(1L, new Item(1, "a")));

        // Assert
        assertTrue(e.getMessage().contains("trailing bytes"), e.getMessage());
    }

    @Test
    void aKeyCodecThatDoesNotRoundTripFailsThePut() {
        // Arrange: keeps only the low byte
        KeyCodec<Long> lowByte = new KeyCodec<>() {
            @Override
            public byte[] encode(Long key) {
                return new byte[] {(byte) (long) key};
            }

            @Override
            public Long decode(byte[] bytes) {
                return (long) (bytes[0] & 0xFF);
            }
        };
        CacheDescriptor<Long, Item> lossy = new CacheDescriptor<>("lossy_keys", 43, lowByte, new TestCaches.Items());
        CacheDelta<Long, Item> cache = InMemoryState.of(lossy).cache(lossy);
        cache.put(5L, new Item(5, "five"));

        // Act
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cache.put(261L, new Item(1, "x")));

        // Assert
        assertTrue(e.getMessage().contains("decodes to 5"), e.getMessage());
    }

    @Test
    void theViewReadsTheSameStateButCannotWrite() {
        // Arrange
        InMemoryState state = InMemoryState.of(TestCaches.GOOD);
        CacheView<Long, Item> view = state.view().cache(TestCaches.GOOD);

        // Act
        state.cache(TestCaches.GOOD).put(1L, new Item(1, "a"));

        // Assert
        assertEquals(Optional.of(new Item(1, "a")), view.find(1L));
        assertEquals(1, view.size());
        assertFalse(view instanceof CacheDelta);
        assertThrows(IllegalArgumentException.class,
                () -> new InMemoryState().view().cache(TestCaches.GOOD));
    }

    @Test
    void snapshotsTellStatesApart() {
        // Arrange
        InMemoryState state = InMemoryState.of(TestCaches.GOOD);
        Map<String, Map<String, String>> empty = state.snapshot();

        // Act
        state.cache(TestCaches.GOOD).put(1L, new Item(1, "a"));
        Map<String, Map<String, String>> one = state.snapshot();
        state.cache(TestCaches.GOOD).remove(1L);

        // Assert
        assertNotEquals(empty, one);
        assertEquals(empty, state.snapshot());
    }

    @Test
    void indexesAreSortedUnsignedScannedByPrefixAndShownInSnapshots() {
        // Arrange
        InMemoryState state = InMemoryState.of();
        IndexDescriptor index = new IndexDescriptor("by_owner");
        Map<String, Map<String, String>> empty = state.snapshot();
        IndexDelta delta = state.index(index);
        delta.put(new byte[] {1, (byte) 0xFF}, new byte[] {9});
        delta.put(new byte[] {1, 2}, new byte[] {8});
        delta.put(new byte[] {2}, new byte[0]);
        byte[] key = {1, 3};
        delta.put(key, new byte[] {7});
        key[1] = 4;

        // Act
        List<String> underOne = new ArrayList<>();
        state.view().index(index).scan(new byte[] {1}, (k, v) -> underOne.add(Hex.encode(k) + "=" + Hex.encode(v)));
        List<String> firstOnly = new ArrayList<>();
        state.view().index(index).scan(new byte[0], (k, v) -> firstOnly.add(Hex.encode(k)) && false);

        // Assert: unsigned order (FF after 03), copies in and out, early stop, snapshot entries
        assertEquals(List.of("0102=08", "0103=07", "01FF=09"), underOne);
        assertEquals(List.of("0102"), firstOnly);
        assertEquals(Optional.empty(), state.view().index(index).get(new byte[] {1, 4}));
        assertEquals(Map.of("02", ""), Map.of("02", Hex.encode(state.view().index(index).get(new byte[] {2}).orElseThrow())));
        assertEquals("07", state.snapshot().get("index:by_owner").get("0103"));

        // Act + Assert: emptied again, the snapshot is as before
        for (byte[] k : List.of(new byte[] {1, (byte) 0xFF}, new byte[] {1, 2}, new byte[] {1, 3}, new byte[] {2})) {
            delta.remove(k);
        }
        assertEquals(empty, state.snapshot());
    }
}
