package io.sirius.state.internal.blocks;

import static io.sirius.state.internal.blocks.FileBlockStore.HEADER;
import static io.sirius.state.internal.blocks.FileBlockStore.MAGIC;
import static io.sirius.state.internal.blocks.FileBlockStore.MAX_BLOCK;
import static io.sirius.state.internal.blocks.FileBlockStore.MAX_EXTRA;
import static io.sirius.state.internal.blocks.FileBlockStore.TRAILER;

import io.sirius.api.StorageException;
import io.sirius.state.BlockStore.StoredBlock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One segment file of the block store, with the offsets of its records (see {@link FileBlockStore} for the
 * format). Callers hold the store's lock.
 */
final class Segment {
    private static final Logger LOG = LoggerFactory.getLogger(Segment.class);

    final long first;
    private final Path file;
    private final FileChannel channel;
    private int[] offsets = new int[64];
    private int count;
    private long size;

    private Segment(Path file, long first, FileChannel channel) {
        this.file = file;
        this.first = first;
        this.channel = channel;
    }

    static Segment create(Path file, long first) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        return new Segment(file, first, channel);
    }

    /**
     * Opens a segment and indexes its records. Every record of the last segment is checked in full; earlier
     * (sealed) segments have their headers checked, and each record's checksum is checked when it is read.
     *
     * @param file the file
     * @param first the height of its first record
     * @param last whether it is the last segment (the only one whose tail may be torn)
     * @return the segment
     */
    static Segment open(Path file, long first, boolean last) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        Segment segment = new Segment(file, first, channel);
        try {
            segment.scan(last);
            return segment;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void scan(boolean last) throws IOException {
        long length = channel.size();
        long position = 0;
        while (position < length) {
            String problem = problemAt(position, length, first + count, last, null);
            if (problem == null) {
                add((int) position);
                position += recordLength(position);
                continue;
            }
            if (!last) {
                throw new StorageException("block segment " + file + " is corrupt at offset " + position + ": "
                        + problem);
            }
            long after = declaredEnd(position, length);
            if (after > 0 && after + HEADER <= length && headerValid(after)) {
                throw new StorageException("block segment " + file + " is corrupt at offset " + position + ": "
                        + problem + ", and a valid record follows at offset " + after);
            }
            if (after < 0 && length - position > HEADER + MAX_BLOCK + MAX_EXTRA + TRAILER) {
                throw new StorageException("block segment " + file + " is corrupt at offset " + position + ": "
                        + problem + ", with " + (length - position) + " bytes after it, more than any record");
            }
            LOG.warn("Block segment {}: cut {} bytes at offset {} (a record of height {} torn by a crash: {})", file,
                    length - position, position, first + count, problem);
            channel.truncate(position);
            channel.force(true);
            break;
        }
        size = position;
    }

    /**
     * Checks the record at a position.
     *
     * @param position where it starts
     * @param length the file's length
     * @param height the height it must have
     * @param payload whether to read the payload and check its checksum (headers only otherwise)
     * @param into if not null, receives the record's block at index 0
     * @return why the bytes are not the record of {@code height}, or null if they are
     */
    private String problemAt(long position, long length, long height, boolean payload, StoredBlock[] into)
            throws IOException {
        if (length - position < HEADER + TRAILER) {
            return "only " + (length - position) + " bytes, fewer than a record header";
        }
        ByteBuffer header = read(position, HEADER);
        if (header.getInt(0) != MAGIC) {
            return "no record magic";
        }
        if (header.getInt(20) != FileBlockStore.crc(header.array(), 0, 20)) {
            return "the record header fails its checksum";
        }
        long stored = header.getLong(4);
        if (stored != height) {
            return "a record of height " + stored + " where height " + height + " was expected";
        }
        int blockLength = header.getInt(12);
        int extraLength = header.getInt(16);
        if (blockLength < 0 || blockLength > MAX_BLOCK || extraLength < 0 || extraLength > MAX_EXTRA) {
            return "impossible lengths " + blockLength + " and " + extraLength;
        }
        long total = (long) HEADER + blockLength + extraLength + TRAILER;
        if (total > length - position) {
            return "a record of " + total + " bytes of which only " + (length - position) + " are in the file";
        }
        if (!payload) {
            return null;
        }
        byte[] record = read(position, (int) total).array();
        int stored32 = ByteBuffer.wrap(record, (int) total - TRAILER, TRAILER).getInt();
        if (stored32 != FileBlockStore.crc(record, 0, (int) total - TRAILER)) {
            return "the record fails its checksum";
        }
        if (into != null) {
            into[0] = new StoredBlock(height, Arrays.copyOfRange(record, HEADER, HEADER + blockLength),
                    Arrays.copyOfRange(record, HEADER + blockLength, HEADER + blockLength + extraLength));
        }
        return null;
    }

    /** @return where the record at {@code position} would end according to a valid header, or -1 */
    private long declaredEnd(long position, long length) throws IOException {
        if (length - position < HEADER || !headerValid(position)) {
            return -1;
        }
        ByteBuffer header = read(position, HEADER);
        return position + HEADER + (long) header.getInt(12) + header.getInt(16) + TRAILER;
    }

    private boolean headerValid(long position) throws IOException {
        ByteBuffer header = read(position, HEADER);
        int blockLength = header.getInt(12);
        int extraLength = header.getInt(16);
        return header.getInt(0) == MAGIC && header.getInt(20) == FileBlockStore.crc(header.array(), 0, 20)
                && blockLength >= 0 && blockLength <= MAX_BLOCK && extraLength >= 0 && extraLength <= MAX_EXTRA;
    }

    private long recordLength(long position) throws IOException {
        ByteBuffer header = read(position, HEADER);
        return HEADER + (long) header.getInt(12) + header.getInt(16) + TRAILER;
    }

    private ByteBuffer read(long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new StorageException("block segment " + file + " ends at offset "
                        + (position + buffer.position()) + " inside a record that starts at offset " + position);
            }
        }
        return buffer.flip();
    }

    private void add(int offset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = offset;
    }

    int count() {
        return count;
    }

    long size() {
        return size;
    }

    /** @return the height of the last record; {@code first - 1} if none */
    long lastHeight() {
        return first + count - 1;
    }

    void append(byte[] record) {
        long position = size;
        try {
            ByteBuffer buffer = ByteBuffer.wrap(record);
            while (buffer.hasRemaining()) {
                channel.write(buffer, position + buffer.position());
            }
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(position);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StorageException("cannot append to the block segment " + file + " at offset " + position + ": "
                    + e.getMessage(), e);
        }
        add((int) position);
        size = position + record.length;
    }

    StoredBlock read(long height) {
        long position = offsets[(int) (height - first)];
        try {
            StoredBlock[] block = new StoredBlock[1];
            String problem = problemAt(position, size, height, true, block);
            if (problem != null) {
                throw new StorageException("block segment " + file + " is corrupt at offset " + position + " (height "
                        + height + "): " + problem);
            }
            return block[0];
        } catch (IOException e) {
            throw new StorageException("cannot read the block segment " + file + " at offset " + position + ": "
                    + e.getMessage(), e);
        }
    }

    /** Cuts every record above {@code height} off this segment, durably. */
    void truncateAfter(long height) {
        int keep = (int) Math.max(0, height - first + 1);
        if (keep >= count) {
            return;
        }
        long cut = offsets[keep];
        try {
            channel.truncate(cut);
            channel.force(true);
        } catch (IOException e) {
            throw new StorageException("cannot truncate the block segment " + file + " at offset " + cut + ": "
                    + e.getMessage(), e);
        }
        count = keep;
        size = cut;
    }

    void delete() {
        closeQuietly();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StorageException("cannot delete the block segment " + file + ": " + e.getMessage(), e);
        }
    }

    void closeQuietly() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Cannot close the block segment {}: {}", file, e.getMessage());
        }
    }
}
