package io.sirius.state.internal.blocks;

import io.sirius.api.StorageException;
import io.sirius.state.BlockStore;
import io.sirius.state.internal.DirectoryLock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The block store: append-only segment files of checksummed records, one record per block, heights contiguous
 * from 1.
 *
 * <h2>Files</h2>
 * Segment files {@code <first height, 20 digits>.blocks} in the store's directory, plus {@code lock}. A new
 * segment starts when the current one would grow past the configured size; only the last segment is ever
 * written.
 *
 * <h2>Record</h2>
 * Big endian:
 * <pre>
 *   u32  magic          0x53424C4B ("SBLK")
 *   u64  height
 *   u32  block length   at most 64 MiB
 *   u32  extra length   at most 16 MiB
 *   u32  CRC32C of the 20 bytes above (so a torn or garbage header is never trusted for its lengths)
 *   ...  block bytes, then extra bytes
 *   u32  CRC32C of everything before it in the record
 * </pre>
 *
 * <h2>Durability and recovery</h2>
 * {@link #append} writes the record with one positional write and forces it ({@code fdatasync}) before
 * returning. Opening scans every segment and rebuilds the in-memory offset index (4 bytes per block). In the last
 * segment, a record that is incomplete or fails its checksum is a write torn by a crash and is cut off, with a
 * warning naming the file, the offset and the bytes cut, provided nothing valid follows it. Anything else (a bad
 * record in an earlier segment, a valid record after a bad one, a gap in the heights) is corruption and fails
 * with a {@link StorageException} naming the file and the offset. {@link #truncate} cuts the last segments back,
 * deleting whole segments from the end first, so a crash during it leaves a valid shorter chain.
 *
 * <h2>Threads</h2>
 * Reads share a read lock; append and truncate take the write lock.
 */
public final class FileBlockStore implements BlockStore {
    static final int MAGIC = 0x53424C4B;
    static final int HEADER = 24;
    static final int TRAILER = 4;
    static final int MAX_BLOCK = 64 << 20;
    static final int MAX_EXTRA = 16 << 20;
    private static final String SUFFIX = ".blocks";
    private static final Logger LOG = LoggerFactory.getLogger(FileBlockStore.class);

    private final Path directory;
    private final DirectoryLock lock;
    private final long segmentBytes;
    private final List<Segment> segments;
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private long height;
    private boolean closed;

    private FileBlockStore(Path directory, DirectoryLock lock, long segmentBytes, List<Segment> segments) {
        this.directory = directory;
        this.lock = lock;
        this.segmentBytes = segmentBytes;
        this.segments = segments;
        this.height = segments.isEmpty() ? 0 : segments.get(segments.size() - 1).lastHeight();
    }

    /**
     * Opens (creating if needed) a block store, cutting a torn tail.
     *
     * @param directory the store's directory
     * @param segmentBytes the size after which a new segment starts
     * @return the store
     * @throws IOException if the directory cannot be used
     * @throws StorageException if a segment is corrupt
     */
    public static FileBlockStore open(Path directory, long segmentBytes) throws IOException {
        long started = System.nanoTime();
        DirectoryLock lock = DirectoryLock.acquire(directory, "block store");
        List<Segment> segments = new ArrayList<>();
        try {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
                stream.forEach(files::add);
            }
            files.sort(null);
            long expected = 1;
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                long first = firstHeight(file);
                if (first != expected) {
                    throw new StorageException("block segment " + file + " starts at height " + first + " but height "
                            + expected + " was expected: a segment is missing or out of place");
                }
                Segment segment = Segment.open(file, first, i == files.size() - 1);
                segments.add(segment);
                expected = segment.lastHeight() + 1;
            }
            FileBlockStore store = new FileBlockStore(directory, lock, segmentBytes, segments);
            LOG.info("Opened block store {} at height {}: {} segments, {} ms", directory, store.height,
                    segments.size(), (System.nanoTime() - started) / 1_000_000);
            return store;
        } catch (IOException | RuntimeException e) {
            for (Segment segment : segments) {
                segment.closeQuietly();
            }
            lock.release();
            throw e;
        }
    }

    private static long firstHeight(Path file) {
        String name = file.getFileName().toString();
        String digits = name.substring(0, name.length() - SUFFIX.length());
        if (!digits.matches("\\d{20}")) {
            throw new StorageException("unexpected file " + file + " in the block store: segment names are 20 digits"
                    + " followed by " + SUFFIX);
        }
        return Long.parseLong(digits);
    }

    @Override
    public long height() {
        rw.readLock().lock();
        try {
            return height;
        } finally {
            rw.readLock().unlock();
        }
    }

    @Override
    public void append(long newHeight, byte[] block, byte[] extra) {
        if (block.length > MAX_BLOCK || extra.length > MAX_EXTRA) {
            throw new IllegalArgumentException("a block of " + block.length + " bytes with " + extra.length
                    + " extra bytes exceeds the limits (" + MAX_BLOCK + ", " + MAX_EXTRA + ")");
        }
        rw.writeLock().lock();
        try {
            checkOpen();
            if (newHeight != height + 1) {
                throw new IllegalArgumentException("cannot append height " + newHeight + ": the store is at height "
                        + height + " and appends height " + (height + 1) + " next");
            }
            byte[] record = encode(newHeight, block, extra);
            Segment segment = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (segment == null || (segment.count() > 0 && segment.size() + record.length > segmentBytes)) {
                segment = newSegment(newHeight);
            }
            segment.append(record);
            height = newHeight;
        } finally {
            rw.writeLock().unlock();
        }
    }

    private Segment newSegment(long first) {
        Path file = directory.resolve(String.format("%020d%s", first, SUFFIX));
        try {
            Segment segment = Segment.create(file, first);
            syncDirectory();
            segments.add(segment);
            return segment;
        } catch (IOException e) {
            throw new StorageException("cannot create the block segment " + file + ": " + e.getMessage(), e);
        }
    }

    static byte[] encode(long height, byte[] block, byte[] extra) {
        ByteBuffer record = ByteBuffer.allocate(HEADER + block.length + extra.length + TRAILER);
        record.putInt(MAGIC).putLong(height).putInt(block.length).putInt(extra.length);
        record.putInt(crc(record.array(), 0, 20));
        record.put(block).put(extra);
        record.putInt(crc(record.array(), 0, record.position()));
        return record.array();
    }

    static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    @Override
    public Optional<StoredBlock> read(long at) {
        rw.readLock().lock();
        try {
            checkOpen();
            if (at < 1 || at > height) {
                return Optional.empty();
            }
            Segment segment = segmentOf(at);
            return Optional.of(segment.read(at));
        } finally {
            rw.readLock().unlock();
        }
    }

    private Segment segmentOf(long at) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).first <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return segments.get(lo);
    }

    @Override
    public void truncate(long newHeight) {
        if (newHeight < 0) {
            throw new IllegalArgumentException("height " + newHeight + " is negative");
        }
        rw.writeLock().lock();
        try {
            checkOpen();
            if (newHeight >= height) {
                return;
            }
            boolean deleted = false;
            while (!segments.isEmpty()) {
                Segment last = segments.get(segments.size() - 1);
                if (last.first > newHeight + 1 || (last.first == newHeight + 1 && segments.size() > 1)) {
                    last.delete();
                    segments.remove(segments.size() - 1);
                    deleted = true;
                } else {
                    last.truncateAfter(newHeight);
                    break;
                }
            }
            if (deleted) {
                syncDirectory();
            }
            LOG.info("Block store {} truncated from height {} to {}", directory, height, newHeight);
            height = newHeight;
        } finally {
            rw.writeLock().unlock();
        }
    }

    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot force the directory {}: {}", directory, e.getMessage());
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the block store " + directory + " is closed");
        }
    }

    @Override
    public void close() {
        rw.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            for (Segment segment : segments) {
                segment.closeQuietly();
            }
            lock.release();
            LOG.info("Closed block store {} at height {}", directory, height);
        } finally {
            rw.writeLock().unlock();
        }
    }
}
