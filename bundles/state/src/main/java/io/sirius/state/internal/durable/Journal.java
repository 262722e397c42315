package io.sirius.state.internal.durable;

import io.sirius.api.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The redo journal of a {@link JournaledVolume}: the physical writes of every commit since the last checkpoint.
 *
 * <h2>Format</h2>
 * A sequence of records, big endian:
 * <pre>
 *   u32  magic        0x534A4E4C ("SJNL")
 *   u64  sequence     the volume's commit counter; consecutive within the file
 *   u32  body length
 *   ...  body         operations, in the order they were made:
 *                       u8 1, u64 offset, u32 length, bytes   write bytes at offset
 *                       u8 2, u64 offset, u64 length           write zeros at offset
 *   u32  CRC32C       over magic, sequence, body length and body
 * </pre>
 * A record is complete only if its checksum matches; recovery replays complete records in order and cuts the
 * file at the first record that is not (a record torn by a crash, since records are only ever appended).
 */
final class Journal implements AutoCloseable {
    static final int MAGIC = 0x534A4E4C;
    static final int HEADER = 4 + 8 + 4;
    static final byte OP_WRITE = 1;
    static final byte OP_ZERO = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final Path file;
    private final FileChannel channel;
    private long size;

    private Journal(Path file, FileChannel channel, long size) {
        this.file = file;
        this.channel = channel;
        this.size = size;
    }

    /**
     * Opens the journal and hands its complete records over one at a time (so a large journal never sits in
     * memory whole), cutting off a torn tail.
     *
     * @param file the journal file (created if absent)
     * @param records receives the body of each complete record, in order, as soon as its checksum is verified
     * @return the journal, positioned after its last complete record
     * @throws IOException if the file cannot be read or written
     */
    static Journal open(Path file, Consumer<byte[]> records) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            long length = channel.size();
            long position = 0;
            long expectedSequence = -1;
            int complete = 0;
            String problem = null;
            while (position < length) {
                if (length - position < HEADER + 4) {
                    problem = "an incomplete record header";
                    break;
                }
                ByteBuffer header = read(channel, position, HEADER);
                int magic = header.getInt();
                long sequence = header.getLong();
                int bodyLength = header.getInt();
                if (magic != MAGIC) {
                    problem = "no record magic";
                    break;
                }
                if (bodyLength < 0 || bodyLength > length - position - HEADER - 4) {
                    problem = "a record of " + Integer.toUnsignedString(bodyLength) + " body bytes that the file does"
                            + " not hold";
                    break;
                }
                if (expectedSequence >= 0 && sequence != expectedSequence) {
                    problem = "sequence " + sequence + " where " + expectedSequence + " was expected";
                    break;
                }
                ByteBuffer body = read(channel, position + HEADER, bodyLength + 4);
                CRC32C crc = new CRC32C();
                crc.update(header.flip());
                crc.update(body.slice(0, bodyLength));
                if ((int) crc.getValue() != body.getInt(bodyLength)) {
                    problem = "a checksum mismatch";
                    break;
                }
                byte[] bytes = new byte[bodyLength];
                body.get(0, bytes);
                records.accept(bytes);
                complete++;
                expectedSequence = sequence + 1;
                position += HEADER + bodyLength + 4L;
            }
            if (problem != null) {
                LOG.warn("Journal {}: cut {} bytes at offset {} after {} complete records ({}); they are a commit"
                        + " torn by a crash, which never became visible", file, length - position, position,
                        complete, problem);
                channel.truncate(position);
                channel.force(true);
            }
            return new Journal(file, channel, position);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file at offset " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    /** @return the journal's length in bytes */
    long size() {
        return size;
    }

    /**
     * Appends a record and forces it to disk.
     *
     * @param sequence its sequence number
     * @param body the operations, in parts (written one after the other; the record does not record the split)
     */
    void append(long sequence, List<ByteBuffer> body) {
        int length = 0;
        CRC32C crc = new CRC32C();
        for (ByteBuffer part : body) {
            length += part.remaining();
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(MAGIC).putLong(sequence).putInt(length).flip();
        crc.update(header.duplicate());
        for (ByteBuffer part : body) {
            crc.update(part.duplicate());
        }
        ByteBuffer trailer = ByteBuffer.allocate(4).putInt((int) crc.getValue()).flip();
        List<ByteBuffer> parts = new ArrayList<>(body.size() + 2);
        parts.add(header);
        for (ByteBuffer part : body) {
            parts.add(part.duplicate());
        }
        parts.add(trailer);
        try {
            long position = size;
            for (ByteBuffer part : parts) {
                while (part.hasRemaining()) {
                    position += channel.write(part, position);
                }
            }
            channel.force(false);
            size = position;
        } catch (IOException e) {
            throw new StorageException("cannot write the journal " + file + " at offset " + size + ": "
                    + e.getMessage(), e);
        }
    }

    /** Empties the journal durably (after a checkpoint made its records redundant). */
    void reset() {
        try {
            channel.truncate(0);
            channel.force(true);
            size = 0;
        } catch (IOException e) {
            throw new StorageException("cannot truncate the journal " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /**
     * Decodes the operations of a record body.
     *
     * @param body a record body
     * @param length how many bytes of it are operations
     * @param visitor receives each operation
     */
    static void forEachOperation(byte[] body, int length, OperationVisitor visitor) {
        ByteBuffer in = ByteBuffer.wrap(body, 0, length);
        while (in.hasRemaining()) {
            int op = in.get();
            long offset = in.getLong();
            if (op == OP_WRITE) {
                int size = in.getInt();
                visitor.write(offset, body, in.position(), size);
                in.position(in.position() + size);
            } else if (op == OP_ZERO) {
                visitor.zero(offset, in.getLong());
            } else {
                throw new StorageException("journal record holds an unknown operation " + op + " at body offset "
                        + (in.position() - 9));
            }
        }
    }

    /** Receives journal operations. */
    interface OperationVisitor {
        void write(long offset, byte[] source, int sourceOffset, int length);

        void zero(long offset, long length);
    }
}
