package io.sirius.state.internal.blocks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.StorageException;
import io.sirius.state.BlockStore;
import io.sirius.state.BlockStore.StoredBlock;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlockStoreTest {
    private static final long SEGMENT = 4096;

    @TempDir
    Path dir;

    private FileBlockStore open() throws IOException {
        return FileBlockStore.open(dir.resolve("blocks"), SEGMENT);
    }

    private static byte[] block(long height) {
        byte[] block = new byte[300 + (int) (height * 37 % 500)];
        Arrays.fill(block, (byte) height);
        return block;
    }

    private static byte[] extra(long height) {
        return ("extra " + height).getBytes();
    }

    private static void append(BlockStore store, long from, long to) {
        for (long h = from; h <= to; h++) {
            store.append(h, block(h), extra(h));
        }
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("blocks"))) {
            return files.filter(p -> p.toString().endsWith(".blocks")).sorted().toList();
        }
    }

    private static void assertBlock(BlockStore store, long height) {
        StoredBlock stored = store.read(height).orElseThrow();
        assertEquals(height, stored.height());
        assertArrayEquals(block(height), stored.block());
        assertArrayEquals(extra(height), stored.extra());
    }

    @Test
    void appendedBlocksAreReadBackAndSurviveReopen() throws IOException {
        // Arrange
        try (FileBlockStore store = open()) {
            // Act
            append(store, 1, 40);

            // Assert
            assertEquals(40, store.height());
            assertBlock(store, 1);
            assertBlock(store, 40);
            assertTrue(store.read(41).isEmpty());
            assertTrue(store.read(0).isEmpty());
        }
        try (FileBlockStore store = open()) {
            assertEquals(40, store.height());
            for (long h = 1; h <= 40; h++) {
                assertBlock(store, h);
            }
        }
        assertTrue(segments().size() > 3, "small segments roll over");
    }

    @Test
    void appendOutOfOrderIsRejected() throws IOException {
        // Arrange
        try (FileBlockStore store = open()) {
            append(store, 1, 2);

            // Act and assert
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> store.append(4, block(4), extra(4)));
            assertTrue(error.getMessage().contains("height 3"), error.getMessage());
            assertThrows(IllegalArgumentException.class, () -> store.append(2, block(2), extra(2)));
            assertEquals(2, store.height());
        }
    }

    @Test
    void truncateRemovesHigherBlocksAcrossSegmentsDurably() throws IOException {
        // Arrange
        try (FileBlockStore store = open()) {
            append(store, 1, 40);
            int before = segments().size();

            // Act
            store.truncate(12);
            append(store, 13, 15);

            // Assert
            assertEquals(15, store.height());
            assertTrue(segments().size() < before);
        }
        try (FileBlockStore store = open()) {
            assertEquals(15, store.height());
            for (long h = 1; h <= 15; h++) {
                assertBlock(store, h);
            }
            store.truncate(0);
            assertEquals(0, store.height());
            append(store, 1, 1);
            assertBlock(store, 1);
        }
    }

    @Test
    void tornTailIsCutOnOpen() throws IOException {
        // Arrange: three blocks, then half of the fourth record, as a crash during its append would leave it
        try (FileBlockStore store = FileBlockStore.open(dir.resolve("blocks"), 1 << 20)) {
            append(store, 1, 3);
        }
        Path segment = segments().get(0);
        long goodLength = Files.size(segment);
        byte[] fourth = FileBlockStore.encode(4, block(4), extra(4));
        Files.write(segment, Arrays.copyOf(fourth, fourth.length / 2), StandardOpenOption.APPEND);

        // Act
        try (FileBlockStore store = FileBlockStore.open(dir.resolve("blocks"), 1 << 20)) {
            // Assert
            assertEquals(3, store.height());
            assertEquals(goodLength, Files.size(segment));
            store.append(4, block(4), extra(4));
            assertBlock(store, 4);
        }
    }

    @Test
    void tailWithABadChecksumAndNothingAfterItIsCut() throws IOException {
        // Arrange: the last record complete in length but with a damaged byte (a torn page)
        try (FileBlockStore store = FileBlockStore.open(dir.resolve("blocks"), 1 << 20)) {
            append(store, 1, 3);
        }
        Path segment = segments().get(0);
        flip(segment, Files.size(segment) - 10);

        // Act
        try (FileBlockStore store = FileBlockStore.open(dir.resolve("blocks"), 1 << 20)) {
            // Assert
            assertEquals(2, store.height());
        }
    }

    @Test
    void damagedRecordFollowedByAValidOneIsCorruptionNotATear() throws IOException {
        // Arrange
        try (FileBlockStore store = FileBlockStore.open(dir.resolve("blocks"), 1 << 20)) {
            append(store, 1, 3);
        }
        Path segment = segments().get(0);
        long secondOffset = FileBlockStore.encode(1, block(1), extra(1)).length;
        flip(segment, secondOffset + FileBlockStore.HEADER + 5);

        // Act
        StorageException error = assertThrows(StorageException.class,
                () -> FileBlockStore.open(dir.resolve("blocks"), 1 << 20));

        // Assert
        assertTrue(error.getMessage().contains(segment.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("offset " + secondOffset), error.getMessage());
    }

    @Test
    void damagedRecordInASealedSegmentIsReportedOnRead() throws IOException {
        // Arrange
        try (FileBlockStore store = open()) {
            append(store, 1, 40);
        }
        Path first = segments().get(0);
        flip(first, FileBlockStore.HEADER + 3);

        // Act
        try (FileBlockStore store = open()) {
            StorageException error = assertThrows(StorageException.class, () -> store.read(1));

            // Assert
            assertTrue(error.getMessage().contains(first.toString()), error.getMessage());
            assertTrue(error.getMessage().contains("offset 0"), error.getMessage());
            assertBlock(store, 2);
        }
    }

    @Test
    void damagedHeaderInASealedSegmentFailsOpen() throws IOException {
        // Arrange
        try (FileBlockStore store = open()) {
            append(store, 1, 40);
        }
        Path first = segments().get(0);
        flip(first, 6);

        // Act
        StorageException error = assertThrows(StorageException.class, this::open);

        // Assert
        assertTrue(error.getMessage().contains(first.toString()) && error.getMessage().contains("offset 0"),
                error.getMessage());
    }

    @Test
    void missingSegmentFailsOpen() throws IOException {
        // Arrange
        try (FileBlockStore store = open()) {
            append(store, 1, 40);
        }
        Files.delete(segments().get(1));

        // Act
        StorageException error = assertThrows(StorageException.class, this::open);

        // Assert
        assertTrue(error.getMessage().contains("missing"), error.getMessage());
    }

    @Test
    void strayFileFailsOpen() throws IOException {
        // Arrange
        Files.createDirectories(dir.resolve("blocks"));
        Files.write(dir.resolve("blocks/notes.blocks"), new byte[0]);

        // Act and assert
        StorageException error = assertThrows(StorageException.class, this::open);
        assertTrue(error.getMessage().contains("notes.blocks"), error.getMessage());
    }

    @Test
    void oversizedBlockIsRejected() throws IOException {
        // Arrange
        try (FileBlockStore store = open()) {
            // Act and assert
            assertThrows(IllegalArgumentException.class,
                    () -> store.append(1, new byte[FileBlockStore.MAX_BLOCK + 1], new byte[0]));
            assertEquals(0, store.height());
        }
    }

    @Test
    void closedStoreRefusesUseAndReleasesTheDirectory() throws IOException {
        // Arrange
        FileBlockStore store = open();
        IOException second = assertThrows(IOException.class, this::open);

        // Act
        store.close();

        // Assert
        assertTrue(second.getMessage().contains("already open"), second.getMessage());
        assertThrows(IllegalStateException.class, () -> store.read(1));
        open().close();
    }

    private static void flip(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ 0x40);
        }
    }
}
