package io.sirius.state.internal.durable;

import io.sirius.api.StorageException;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.mapdb.DataInput2;
import org.mapdb.volume.MappedFileVol;
import org.mapdb.volume.Volume;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MapDB {@link Volume} whose {@link #sync()} is an atomic, durable commit of every write made since the
 * previous one: the state store runs MapDB's {@code StoreDirect} (transactions off) on it, and a MapDB
 * {@code commit()} becomes all-or-nothing across a {@code kill -9} or a power cut at any moment.
 *
 * <h2>Why not MapDB's own write-ahead log</h2>
 * MapDB 3.1.0's {@code StoreWAL} writes a log and syncs it, then overwrites the store file in place, but never
 * replays that log when a store is opened ({@code StoreWAL}'s constructor reads only the main file), and the log
 * lacks the index-table updates a replay would need. A crash while it copies a commit into the main file leaves
 * that file torn, silently. This class supplies the missing half, one level lower, and MapDB stays unchanged.
 *
 * <h2>How</h2>
 * <ul>
 *   <li>Writes never touch the store file directly. They go to an in-memory overlay of dirty 64-byte blocks
 *       (each a copy of the block with the writes applied). Reads see the overlay over the store file, so MapDB reads
 *       its own uncommitted writes.</li>
 *   <li>{@link #sync()} appends the dirty blocks (runs of consecutive ones as one write) to the {@link Journal} as
 *       one checksummed record and forces it: from then on the commit is durable. It then copies them into the
 *       memory-mapped store file (no forcing: the journal already holds them) and drops the overlay. Journaling the
 *       blocks' final bytes rather than every write matters: MapDB rewrites a whole B-tree node for each key it
 *       inserts, so a block of 10,000 transfers writes about 95 MB in all but leaves about 17 MB dirty.</li>
 *   <li>Once the journal exceeds the checkpoint size, and on close, the store file is forced and the journal
 *       emptied.</li>
 *   <li>Opening replays every complete journal record onto the store file (physical redo is idempotent) and cuts
 *       a torn one, which was never copied into the store file since copying starts only after the record is on
 *       disk.</li>
 * </ul>
 * A commit therefore costs one sequential write of the blocks it changed plus one {@code fdatasync}; the random
 * writes into the store file reach the disk in the background or at the next checkpoint.
 *
 * <h2>Threads</h2>
 * One writer (the store's commit); any number of readers, which may read while a commit writes or syncs: a
 * reader reads the mapped file and then patches it with the overlay it saw first, so a range being copied into
 * the file is always served from the overlay that holds it.
 */
public final class JournaledVolume extends Volume {
    private static final Logger LOG = LoggerFactory.getLogger(JournaledVolume.class);
    private static final int BLOCK_SHIFT = 6;
    private static final int BLOCK = 1 << BLOCK_SHIFT;
    private static final int SLICE_SHIFT = 20;
    private static final int CHUNK = 256 << 10;
    private static final int BITS_PAGE_SHIFT = 12;
    private static final int BITS_PAGE = 1 << BITS_PAGE_SHIFT;

    private final Path file;
    private final Volume inner;
    private final Journal journal;
    private final long checkpointBytes;
    private final boolean existed;
    private volatile Overlay overlay = new Overlay();
    /** The store file's length, known without asking the file system on every dirty block. */
    private volatile long available;
    private long sequence;
    private boolean closed;
    /** Tests set this to stop {@link #sync()} where a crash after the journal's fsync would. */
    volatile boolean crashAfterJournal;

    private JournaledVolume(Path file, Volume inner, Journal journal, long checkpointBytes, boolean existed) {
        this.file = file;
        this.inner = inner;
        this.journal = journal;
        this.checkpointBytes = checkpointBytes;
        this.existed = existed;
        this.available = inner.length();
    }

    /**
     * Opens a store file, first replaying its journal if a crash left one.
     *
     * @param file the store file
     * @param journalFile its journal
     * @param checkpointBytes the journal size that triggers a checkpoint
     * @return the volume
     * @throws IOException if the files cannot be used
     */
    public static JournaledVolume open(Path file, Path journalFile, long checkpointBytes) throws IOException {
        Replay replay = new Replay(file);
        Journal journal;
        try {
            journal = Journal.open(journalFile, replay::apply);
        } finally {
            replay.close();
        }
        try {
            if (replay.records > 0) {
                journal.reset();
                LOG.info("Recovered {}: replayed {} committed journal records ({} bytes) from {}", file,
                        replay.records, replay.bytes, journalFile);
            }
            boolean existed = holdsStore(file);
            if (!existed) {
                Files.deleteIfExists(file); // a store that never reached its first commit
            }
            Volume inner = new MappedFileVol(file.toFile(), false, -1L, SLICE_SHIFT, false, 0L, false);
            return new JournaledVolume(file, inner, journal, checkpointBytes, existed);
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    private static boolean holdsStore(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) < 16) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(8);
            while (header.hasRemaining() && channel.read(header, header.position()) >= 0) {
                // reading the MapDB file header
            }
            return header.getLong(0) != 0;
        }
    }

    /** Copies complete journal records into the store file as the journal hands them over, then forces it. */
    private static final class Replay {
        private final Path file;
        private FileChannel channel;
        int records;
        long bytes;

        Replay(Path file) {
            this.file = file;
        }

        void apply(byte[] record) {
            try {
                if (channel == null) {
                    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
                }
            } catch (IOException e) {
                throw new StorageException("cannot open " + file + " to replay its journal: " + e.getMessage(), e);
            }
            FileChannel target = channel;
            Journal.forEachOperation(record, record.length, new Journal.OperationVisitor() {
                @Override
                public void write(long offset, byte[] source, int sourceOffset, int length) {
                    writeFully(target, offset, ByteBuffer.wrap(source, sourceOffset, length));
                }

                @Override
                public void zero(long offset, long length) {
                    byte[] zeros = new byte[(int) Math.min(length, 1 << 16)];
                    for (long done = 0; done < length; done += zeros.length) {
                        int chunk = (int) Math.min(zeros.length, length - done);
                        writeFully(target, offset + done, ByteBuffer.wrap(zeros, 0, chunk));
                    }
                }
            });
            records++;
            bytes += record.length;
        }

        /** Forces the replayed writes, before the journal may be emptied. */
        void close() throws IOException {
            if (channel != null) {
                try {
                    channel.force(true);
                } finally {
                    channel.close();
                }
            }
        }
    }

    private static void writeFully(FileChannel channel, long offset, ByteBuffer data) {
        try {
            long position = offset;
            while (data.hasRemaining()) {
                position += channel.write(data, position);
            }
        } catch (IOException e) {
            throw new StorageException("cannot replay the journal into the store file at offset " + offset + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return whether the store file held a store when opened (MapDB must then open, not create, it) */
    public boolean existed() {
        return existed;
    }

    /** @return the journal's current size in bytes */
    public long journalSize() {
        return journal.size();
    }

    /** @return whether writes are waiting for the next {@link #sync()} */
    public boolean hasPendingWrites() {
        return !overlay.isEmpty();
    }

    /**
     * Drops every write made since the last {@link #sync()}: the store file and journal stay at the last commit.
     */
    public synchronized void discard() {
        overlay = new Overlay();
    }

    /** Makes the store file durable and empties the journal. */
    public synchronized void checkpoint() {
        inner.sync();
        journal.reset();
    }

    @Override
    public synchronized void sync() {
        Overlay current = journalPending();
        if (current == null) {
            return;
        }
        if (crashAfterJournal) {
            throw new IllegalStateException("simulated crash between the journal and the store file");
        }
        current.forEachOperation(new Journal.OperationVisitor() {
            @Override
            public void write(long offset, byte[] source, int sourceOffset, int length) {
                inner.putDataOverlap(offset, source, sourceOffset, length);
            }

            @Override
            public void zero(long offset, long length) {
                inner.clearOverlap(offset, offset + length);
            }
        });
        overlay = new Overlay();
        if (journal.size() >= checkpointBytes) {
            long started = System.nanoTime();
            long journalBytes = journal.size();
            checkpoint();
            LOG.debug("Checkpoint of {}: {} journal bytes in {} ms", file, journalBytes,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * The first half of {@link #sync()}: makes the pending writes durable in the journal without copying them into
     * the store file. Separate so that a test can stop here, as a crash would.
     *
     * @return the overlay written, or null if there was nothing to write
     */
    synchronized Overlay journalPending() {
        Overlay current = overlay;
        if (current.isEmpty()) {
            return null;
        }
        List<ByteBuffer> parts = current.logParts();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Journaling {}: {} dirty blocks, {} bytes", file, current.dirtyBlocks,
                    parts.stream().mapToLong(ByteBuffer::remaining).sum());
        }
        journal.append(sequence++, parts);
        return current;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!overlay.isEmpty()) {
            LOG.debug("Closing {} with uncommitted writes; they are dropped", file);
        }
        overlay = new Overlay();
        try {
            checkpoint();
        } finally {
            inner.close();
            try {
                journal.close();
            } catch (IOException e) {
                LOG.warn("Cannot close the journal of {}: {}", file, e.getMessage());
            }
        }
    }

    // ---- writes ----

    @Override
    public void ensureAvailable(long offset) {
        if (offset > available) {
            inner.ensureAvailable(offset);
            available = inner.length();
        }
    }

    @Override
    public void truncate(long size) {
        throw new UnsupportedOperationException("the state store never truncates its MapDB file");
    }

    @Override
    public void putLong(long offset, long value) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (value >>> (56 - 8 * i));
        }
        write(offset, b, 0, 8);
    }

    @Override
    public void putInt(long offset, int value) {
        write(offset, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value},
                0, 4);
    }

    @Override
    public void putByte(long offset, byte value) {
        write(offset, new byte[] {value}, 0, 1);
    }

    @Override
    public void putUnsignedShort(long offset, int value) {
        write(offset, new byte[] {(byte) (value >> 8), (byte) value}, 0, 2);
    }

    @Override
    public void putUnsignedByte(long offset, int value) {
        putByte(offset, (byte) value);
    }

    @Override
    public void putSixLong(long offset, long value) {
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (value >>> (40 - 8 * i));
        }
        write(offset, b, 0, 6);
    }

    @Override
    public int putPackedLong(long offset, long value) {
        byte[] b = new byte[10];
        int length = 0;
        int shift = 63 - Long.numberOfLeadingZeros(value);
        shift -= shift % 7;
        while (shift != 0) {
            b[length++] = (byte) ((value >>> shift) & 0x7F);
            shift -= 7;
        }
        b[length++] = (byte) ((value & 0x7F) | 0x80);
        write(offset, b, 0, length);
        return length;
    }

    @Override
    public void putData(long offset, byte[] src, int srcPos, int srcSize) {
        write(offset, src, srcPos, srcSize);
    }

    @Override
    public void putData(long offset, ByteBuffer buf) {
        byte[] b = new byte[buf.remaining()];
        buf.get(b);
        write(offset, b, 0, b.length);
    }

    @Override
    public void clear(long startOffset, long endOffset) {
        overlay.zero(startOffset, endOffset - startOffset, this);
    }

    private void write(long offset, byte[] src, int srcPos, int length) {
        overlay.write(offset, src, srcPos, length, this);
    }

    // ---- reads ----

    @Override
    public long getLong(long offset) {
        Overlay current = overlay;
        if (current.isClean(offset, 8)) {
            return inner.getLong(offset);
        }
        byte[] b = read(current, offset, 8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (b[i] & 0xFF);
        }
        return value;
    }

    @Override
    public int getInt(long offset) {
        Overlay current = overlay;
        if (current.isClean(offset, 4)) {
            return inner.getInt(offset);
        }
        byte[] b = read(current, offset, 4);
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }

    @Override
    public byte getByte(long offset) {
        Overlay current = overlay;
        if (current.isClean(offset, 1)) {
            return inner.getByte(offset);
        }
        return read(current, offset, 1)[0];
    }

    @Override
    public int getUnsignedShort(long offset) {
        Overlay current = overlay;
        if (current.isClean(offset, 2)) {
            return inner.getUnsignedShort(offset);
        }
        byte[] b = read(current, offset, 2);
        return (b[0] & 0xFF) << 8 | (b[1] & 0xFF);
    }

    @Override
    public int getUnsignedByte(long offset) {
        return getByte(offset) & 0xFF;
    }

    @Override
    public long getSixLong(long offset) {
        Overlay current = overlay;
        if (current.isClean(offset, 6)) {
            return inner.getSixLong(offset);
        }
        byte[] b = read(current, offset, 6);
        long value = 0;
        for (int i = 0; i < 6; i++) {
            value = value << 8 | (b[i] & 0xFF);
        }
        return value;
    }

    @Override
    public long getPackedLong(long position) {
        Overlay current = overlay;
        if (current.isClean(position, 10)) {
            return inner.getPackedLong(position);
        }
        return super.getPackedLong(position);
    }

    @Override
    public DataInput2 getDataInput(long offset, int size) {
        Overlay current = overlay;
        if (current.isClean(offset, size)) {
            return inner.getDataInput(offset, size);
        }
        return new DataInput2.ByteArray(read(current, offset, size));
    }

    @Override
    public DataInput2 getDataInputOverlap(long offset, int size) {
        Overlay current = overlay;
        if (current.isClean(offset, size)) {
            return inner.getDataInputOverlap(offset, size);
        }
        return new DataInput2.ByteArray(read(current, offset, size));
    }

    @Override
    public void getData(long offset, byte[] bytes, int bytesPos, int size) {
        Overlay current = overlay;
        readFile(offset, bytes, bytesPos, size);
        if (!current.isClean(offset, size)) {
            current.patch(offset, bytes, bytesPos, size);
        }
    }

    private byte[] read(Overlay current, long offset, int size) {
        byte[] b = new byte[size];
        readFile(offset, b, 0, size);
        current.patch(offset, b, 0, size);
        return b;
    }

    /**
     * Copies bytes of the store file as it was at the last sync. Within one mapped slice this is one absolute bulk
     * read of the slice (MapDB's own {@code getData} duplicates the slice's buffer on every call, which costs more
     * than the copy when MapDB rewrites a B-tree node 64 bytes at a time).
     */
    private void readFile(long offset, byte[] target, int targetPos, int size) {
        if (size == 0) {
            return;
        }
        if (offset >>> SLICE_SHIFT == (offset + size - 1) >>> SLICE_SHIFT) {
            DataInput2 in = inner.getDataInput(offset, size);
            if (in instanceof DataInput2.ByteBuffer mapped) {
                mapped.buf.get(mapped.pos, target, targetPos, size);
            } else {
                inner.getData(offset, target, targetPos, size);
            }
        } else {
            for (int done = 0; done < size; done++) {
                target[targetPos + done] = inner.getByte(offset + done);
            }
        }
    }

    // ---- the rest of the Volume contract ----

    @Override
    public int sliceSize() {
        return inner.sliceSize();
    }

    @Override
    public boolean isSliced() {
        return inner.isSliced();
    }

    @Override
    public long length() {
        return inner.length();
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public File getFile() {
        return file.toFile();
    }

    @Override
    public boolean getFileLocked() {
        return false;
    }

    /**
     * The writes since the last sync: dirty blocks, each the block's bytes as they will be once the sync copies them
     * into the store file. Written by one thread, read by any; guarded by its lock.
     */
    static final class Overlay {
        /** Blocks per entry of {@link #pages}: a B-tree node MapDB rewrites spans a few blocks of one or two entries. */
        private static final int PAGE_SHIFT = 6;
        private static final int PAGE_BLOCKS = 1 << PAGE_SHIFT;
        private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        /** Dirty blocks by page of {@link #PAGE_BLOCKS} blocks: page index to {@code byte[PAGE_BLOCKS][]}. */
        private final BlockMap pages = new BlockMap();
        int dirtyBlocks;
        /**
         * One bit per block, set once the block is in {@link #blocks}: readers test it without the lock. A reader
         * that races a write to the same bytes is one MapDB's own record locks already exclude, and the writing
         * thread sees its own bits.
         */
        private volatile long[][] bits = new long[0][];
        private volatile boolean empty = true;
        /** The journal record's operations, made once by {@link #logParts()}. */
        private List<ByteBuffer> sealed;

        boolean isEmpty() {
            return empty;
        }

        /** @return whether no byte of the range has been written since the last sync */
        boolean isClean(long offset, int size) {
            if (empty) {
                return true;
            }
            long[][] pages = bits;
            long last = (offset + Math.max(size, 1) - 1) >>> BLOCK_SHIFT;
            for (long block = offset >>> BLOCK_SHIFT; block <= last; block++) {
                long word = block >>> 6;
                long page = word >>> BITS_PAGE_SHIFT;
                if (page < pages.length) {
                    long[] words = pages[(int) page];
                    if (words != null && (words[(int) (word & (BITS_PAGE - 1))] & (1L << block)) != 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void mark(long block) {
            long word = block >>> 6;
            int page = (int) (word >>> BITS_PAGE_SHIFT);
            long[][] pages = bits;
            if (page >= pages.length) {
                pages = Arrays.copyOf(pages, Math.max(page + 1, pages.length * 2));
            }
            if (pages[page] == null) {
                pages[page] = new long[BITS_PAGE];
            }
            pages[page][(int) (word & (BITS_PAGE - 1))] |= 1L << block;
            bits = pages;
        }

        /**
         * @return the journal record's body: one write operation per run of consecutive dirty blocks, in file order,
         *     in chunks of about {@link #CHUNK} bytes
         */
        List<ByteBuffer> logParts() {
            if (sealed != null) {
                return sealed;
            }
            long[] pageKeys = pages.keys();
            Arrays.sort(pageKeys);
            long[] keys = new long[dirtyBlocks];
            byte[][] values = new byte[dirtyBlocks][];
            int n = 0;
            for (long page : pageKeys) {
                byte[][] slots = (byte[][]) pages.get(page);
                for (int slot = 0; slot < PAGE_BLOCKS; slot++) {
                    if (slots[slot] != null) {
                        keys[n] = (page << PAGE_SHIFT) + slot;
                        values[n++] = slots[slot];
                    }
                }
            }
            List<ByteBuffer> parts = new ArrayList<>();
            byte[] chunk = null;
            int used = 0;
            int i = 0;
            while (i < n) {
                int run = 1;
                while (i + run < n && keys[i + run] == keys[i] + run && (run + 1) * BLOCK <= CHUNK) {
                    run++;
                }
                int size = 1 + 8 + 4 + run * BLOCK;
                if (chunk == null || used + size > chunk.length) {
                    if (chunk != null) {
                        parts.add(ByteBuffer.wrap(chunk, 0, used));
                    }
                    chunk = new byte[Math.max(CHUNK + 13, size)];
                    used = 0;
                }
                chunk[used] = Journal.OP_WRITE;
                putLong(chunk, used + 1, keys[i] << BLOCK_SHIFT);
                putInt(chunk, used + 9, run * BLOCK);
                for (int j = 0; j < run; j++) {
                    System.arraycopy(values[i + j], 0, chunk, used + 13 + j * BLOCK, BLOCK);
                }
                used += size;
                i += run;
            }
            if (chunk != null) {
                parts.add(ByteBuffer.wrap(chunk, 0, used));
            }
            sealed = parts;
            return parts;
        }

        void forEachOperation(Journal.OperationVisitor visitor) {
            for (ByteBuffer part : logParts()) {
                Journal.forEachOperation(part.array(), part.limit(), visitor);
            }
        }

        void write(long offset, byte[] src, int srcPos, int length, JournaledVolume inner) {
            if (length == 0) {
                return;
            }
            lock.writeLock().lock();
            try {
                long end = offset + length;
                byte[][] slots = null;
                long slotsPage = -1;
                for (long block = offset >>> BLOCK_SHIFT; block << BLOCK_SHIFT < end; block++) {
                    if (block >>> PAGE_SHIFT != slotsPage) {
                        slotsPage = block >>> PAGE_SHIFT;
                        slots = slots(slotsPage);
                    }
                    long blockStart = block << BLOCK_SHIFT;
                    long from = Math.max(offset, blockStart);
                    long to = Math.min(end, blockStart + BLOCK);
                    byte[] b = dirty(slots, block, inner, to - from < BLOCK);
                    System.arraycopy(src, (int) (srcPos + from - offset), b, (int) (from - blockStart),
                            (int) (to - from));
                }
                sealed = null;
                empty = false;
            } finally {
                lock.writeLock().unlock();
            }
        }

        void zero(long offset, long length, JournaledVolume inner) {
            if (length <= 0) {
                return;
            }
            lock.writeLock().lock();
            try {
                long end = offset + length;
                for (long block = offset >>> BLOCK_SHIFT; block << BLOCK_SHIFT < end; block++) {
                    long blockStart = block << BLOCK_SHIFT;
                    long from = Math.max(offset, blockStart);
                    long to = Math.min(end, blockStart + BLOCK);
                    byte[] b = dirty(slots(block >>> PAGE_SHIFT), block, inner, to - from < BLOCK);
                    Arrays.fill(b, (int) (from - blockStart), (int) (to - blockStart), (byte) 0);
                }
                sealed = null;
                empty = false;
            } finally {
                lock.writeLock().unlock();
            }
        }

        /** @return the page's block slots, created if absent */
        private byte[][] slots(long page) {
            byte[][] slots = (byte[][]) pages.get(page);
            if (slots == null) {
                slots = new byte[PAGE_BLOCKS][];
                pages.put(page, slots);
            }
            return slots;
        }

        /**
         * @param slots the block's page
         * @param block a block about to be written
         * @param volume the volume, to read the block's old bytes from
         * @param partly whether the write leaves some of its old bytes (which must then be read first)
         * @return the block's dirty copy
         */
        private byte[] dirty(byte[][] slots, long block, JournaledVolume volume, boolean partly) {
            int slot = (int) (block & (PAGE_BLOCKS - 1));
            byte[] b = slots[slot];
            if (b == null) {
                b = new byte[BLOCK];
                if (partly) {
                    long start = block << BLOCK_SHIFT;
                    long available = volume.available - start;
                    if (available > 0) {
                        volume.readFile(start, b, 0, (int) Math.min(BLOCK, available));
                    }
                }
                slots[slot] = b;
                dirtyBlocks++;
                mark(block);
            }
            return b;
        }

        void patch(long offset, byte[] target, int targetPos, int size) {
            lock.readLock().lock();
            try {
                long end = offset + size;
                byte[][] slots = null;
                long slotsPage = -1;
                for (long block = offset >>> BLOCK_SHIFT; block << BLOCK_SHIFT < end; block++) {
                    if (block >>> PAGE_SHIFT != slotsPage) {
                        slotsPage = block >>> PAGE_SHIFT;
                        slots = (byte[][]) pages.get(slotsPage);
                    }
                    byte[] b = slots == null ? null : slots[(int) (block & (PAGE_BLOCKS - 1))];
                    if (b != null) {
                        long blockStart = block << BLOCK_SHIFT;
                        long from = Math.max(offset, blockStart);
                        long to = Math.min(end, blockStart + BLOCK);
                        System.arraycopy(b, (int) (from - blockStart), target, (int) (targetPos + from - offset),
                                (int) (to - from));
                    }
                }
            } finally {
                lock.readLock().unlock();
            }
        }

        private static void putLong(byte[] b, int at, long v) {
            for (int i = 0; i < 8; i++) {
                b[at + i] = (byte) (v >>> (56 - 8 * i));
            }
        }

        private static void putInt(byte[] b, int at, int v) {
            b[at] = (byte) (v >>> 24);
            b[at + 1] = (byte) (v >>> 16);
            b[at + 2] = (byte) (v >>> 8);
            b[at + 3] = (byte) v;
        }
    }
}
