package io.sirius.state.internal.durable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

class JournaledVolumeTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state.db");
    }

    private Path journal() {
        return dir.resolve("state.journal");
    }

    private JournaledVolume open(long checkpointBytes) throws IOException {
        return JournaledVolume.open(file(), journal(), checkpointBytes);
    }

    private static Map<String, byte[]> map(DB db) {
        return db.hashMap("m", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
    }

    private long fileLong(long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(8);
            channel.read(buffer, offset);
            return buffer.getLong(0);
        }
    }

    @Test
    void writesAreReadBackAtOnceButReachTheFileOnlyAtSync() throws IOException {
        // Arrange
        JournaledVolume volume = open(1 << 30);
        volume.ensureAvailable(1 << 20);

        // Act
        volume.putLong(4096, 0x0102030405060708L);
        volume.putData(5000, new byte[] {9, 8, 7}, 0, 3);
        long beforeSync = fileLong(4096);
        volume.sync();

        // Assert
        assertEquals(0, beforeSync);
        assertEquals(0x0102030405060708L, volume.getLong(4096));
        byte[] read = new byte[3];
        volume.getData(5000, read, 0, 3);
        assertArrayEquals(new byte[] {9, 8, 7}, read);
        assertEquals(0x0102030405060708L, fileLong(4096));
        assertTrue(volume.journalSize() > 0);
        volume.close();
        assertEquals(0, Files.size(journal()), "close checkpoints");
    }

    @Test
    void overlappingWritesKeepTheLastValue() throws IOException {
        // Arrange
        JournaledVolume volume = open(1 << 30);
        volume.ensureAvailable(1 << 20);

        // Act: a write that straddles blocks, partly overwritten, then zeroed in the middle
        byte[] ramp = new byte[200];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (byte) (i + 1);
        }
        volume.putLong(0, 1); // a non-zero header, so that reopening treats the file as a store
        volume.putData(100, ramp, 0, ramp.length);
        volume.putInt(150, -1);
        volume.clear(200, 210);
        byte[] pending = new byte[200];
        volume.getData(100, pending, 0, 200);
        volume.sync();
        volume.close();
        JournaledVolume reopened = open(1 << 30);
        byte[] durable = new byte[200];
        reopened.getData(100, durable, 0, 200);
        reopened.close();

        // Assert
        byte[] expected = ramp.clone();
        expected[50] = expected[51] = expected[52] = expected[53] = -1;
        for (int i = 100; i < 110; i++) {
            expected[i] = 0;
        }
        assertArrayEquals(expected, pending);
        assertArrayEquals(expected, durable);
    }

    @Test
    void writesCoveringWholeBlocksKeepTheCommittedBytesAroundThem() throws IOException {
        // Arrange: committed bytes over the first KiB and across the first mapped slice's end
        JournaledVolume volume = open(1 << 30);
        volume.ensureAvailable(2 << 20);
        byte[] committed = new byte[1024];
        for (int i = 0; i < committed.length; i++) {
            committed[i] = (byte) (i * 7 + 3);
        }
        volume.putLong(0, 1);
        volume.putData(8, committed, 8, committed.length - 8);
        volume.putData((1 << 20) - 512, committed, 0, committed.length);
        volume.sync();
        byte[] fresh = new byte[200];
        java.util.Arrays.fill(fresh, (byte) 0x5A);

        // Act: 200 bytes from offset 100 (two whole 64-byte blocks, two partial ones), and 40 across the slice end
        volume.putData(100, fresh, 0, fresh.length);
        volume.putData((1 << 20) - 20, fresh, 0, 40);
        byte[] pending = new byte[400];
        volume.getData(0, pending, 0, pending.length);
        byte[] straddling = new byte[100];
        volume.getData((1 << 20) - 50, straddling, 0, straddling.length);
        volume.sync();
        volume.close();
        JournaledVolume reopened = open(1 << 30);
        byte[] durable = new byte[400];
        reopened.getData(0, durable, 0, durable.length);
        byte[] durableStraddling = new byte[100];
        reopened.getData((1 << 20) - 50, durableStraddling, 0, durableStraddling.length);
        reopened.close();

        // Assert
        byte[] expected = java.util.Arrays.copyOf(committed, 400);
        expected[0] = 0;
        for (int i = 1; i < 8; i++) {
            expected[i] = 0;
        }
        expected[7] = 1;
        System.arraycopy(fresh, 0, expected, 100, fresh.length);
        byte[] expectedStraddling = java.util.Arrays.copyOfRange(committed, 462, 562);
        System.arraycopy(fresh, 0, expectedStraddling, 30, 40);
        assertArrayEquals(expected, pending);
        assertArrayEquals(expected, durable);
        assertArrayEquals(expectedStraddling, straddling);
        assertArrayEquals(expectedStraddling, durableStraddling);
    }

    @Test
    void aCommitJournalsTheBlocksItChangedNotEveryWrite() throws IOException {
        // Arrange: MapDB rewrites a B-tree node for every key it inserts; here, one 256-byte range written 100 times
        JournaledVolume volume = open(1 << 30);
        volume.ensureAvailable(1 << 20);
        volume.putLong(0, 1);
        volume.sync();
        long before = volume.journalSize();
        byte[] node = new byte[256];

        // Act
        for (int i = 0; i < 100; i++) {
            java.util.Arrays.fill(node, (byte) i);
            volume.putData(4096, node, 0, node.length);
        }
        volume.sync();
        long journaled = volume.journalSize() - before;
        volume.close();
        JournaledVolume reopened = open(1 << 30);
        byte[] read = new byte[256];
        reopened.getData(4096, read, 0, read.length);
        reopened.close();

        // Assert: one run of four blocks (plus the record's header, operation header and checksum)
        assertEquals(Journal.HEADER + 13 + 256 + 4, journaled);
        byte[] expected = new byte[256];
        java.util.Arrays.fill(expected, (byte) 99);
        assertArrayEquals(expected, read);
    }

    @Test
    void discardDropsUncommittedWrites() throws IOException {
        // Arrange
        JournaledVolume volume = open(1 << 30);
        volume.ensureAvailable(1 << 20);
        volume.putLong(64, 5);
        volume.sync();

        // Act
        volume.putLong(64, 6);
        volume.discard();

        // Assert
        assertEquals(5, volume.getLong(64));
        assertFalse(volume.hasPendingWrites());
        volume.close();
    }

    @Test
    void commitJournaledButNeverCopiedIsReplayedOnOpen() throws IOException {
        // Arrange: one MapDB commit, then one that dies right after its journal record is on disk
        JournaledVolume volume = open(1 << 30);
        DB db = DBMaker.volumeDB(volume, volume.existed()).make();
        map(db).put("a", new byte[] {1});
        db.commit();
        map(db).put("b", new byte[] {2});
        map(db).put("a", new byte[] {3});
        volume.crashAfterJournal = true;
        assertThrows(IllegalStateException.class, db::commit);
        long journalBytes = Files.size(journal());

        // Act: open again, as a restarted process would (the crashed objects are abandoned)
        JournaledVolume recovered = open(1 << 30);
        DB reopened = DBMaker.volumeDB(recovered, recovered.existed()).make();

        // Assert
        assertTrue(journalBytes > 0);
        assertArrayEquals(new byte[] {3}, map(reopened).get("a"));
        assertArrayEquals(new byte[] {2}, map(reopened).get("b"));
        assertEquals(0, Files.size(journal()), "the replayed journal is emptied");
        reopened.close();
    }

    @Test
    void tornJournalRecordIsCutAndItsCommitNeverHappened() throws IOException {
        // Arrange: a commit whose journal record loses its last bytes, as a crash during the append would leave it
        JournaledVolume volume = open(1 << 30);
        DB db = DBMaker.volumeDB(volume, volume.existed()).make();
        map(db).put("a", new byte[] {1});
        db.commit();
        volume.checkpoint();
        map(db).put("a", new byte[] {2});
        map(db).put("b", new byte[] {2});
        volume.crashAfterJournal = true;
        assertThrows(IllegalStateException.class, db::commit);
        try (FileChannel channel = FileChannel.open(journal(), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3);
        }

        // Act
        JournaledVolume recovered = open(1 << 30);
        DB reopened = DBMaker.volumeDB(recovered, recovered.existed()).make();

        // Assert
        assertArrayEquals(new byte[] {1}, map(reopened).get("a"));
        assertNull(map(reopened).get("b"));
        assertEquals(0, Files.size(journal()));
        reopened.close();
    }

    @Test
    void garbageAfterTheLastRecordIsCut() throws IOException {
        // Arrange
        JournaledVolume volume = open(1 << 30);
        DB db = DBMaker.volumeDB(volume, volume.existed()).make();
        map(db).put("a", new byte[] {1});
        volume.crashAfterJournal = true;
        assertThrows(IllegalStateException.class, db::commit);
        Files.write(journal(), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20},
                StandardOpenOption.APPEND);

        // Act
        JournaledVolume recovered = open(1 << 30);
        DB reopened = DBMaker.volumeDB(recovered, recovered.existed()).make();

        // Assert
        assertArrayEquals(new byte[] {1}, map(reopened).get("a"));
        reopened.close();
    }

    @Test
    void journalPastTheCheckpointSizeIsEmptiedAfterTheStoreFileIsForced() throws IOException {
        // Arrange
        JournaledVolume volume = open(1);
        volume.ensureAvailable(1 << 20);

        // Act
        volume.putLong(8, 42);
        volume.sync();

        // Assert
        assertEquals(0, volume.journalSize());
        assertEquals(42, fileLong(8));
        volume.close();
    }

    @Test
    void storeFileThatNeverCommittedIsStartedAfresh() throws IOException {
        // Arrange: a zero-filled file, as a crash before the first commit leaves it
        Files.write(file(), new byte[4096]);

        // Act
        JournaledVolume volume = open(1 << 30);

        // Assert
        assertFalse(volume.existed());
        volume.close();
    }
}
