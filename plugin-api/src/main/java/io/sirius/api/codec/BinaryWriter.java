package io.sirius.api.codec;

import java.util.Arrays;

/**
 * A growable little-endian byte writer. Not thread safe.
 */
public final class BinaryWriter {
    private byte[] buffer;
    private int size;

    /** Creates a writer with a small initial capacity. */
    public BinaryWriter() {
        this(128);
    }

    /**
     * Creates a writer.
     *
     * @param capacity the expected size, to avoid regrowing
     */
    public BinaryWriter(int capacity) {
        this.buffer = new byte[Math.max(16, capacity)];
    }

    /**
     * Makes room and returns where the bytes go. Callers must read {@code buffer} only after calling this, since it
     * may replace the array.
     */
    private int reserve(int bytes) {
        if (size + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes));
        }
        int at = size;
        size += bytes;
        return at;
    }

    /** @return the number of bytes written so far */
    public int size() {
        return size;
    }

    /**
     * @param value the low 8 bits are written
     * @return this writer
     */
    public BinaryWriter writeU8(int value) {
        int at = reserve(1);
        buffer[at] = (byte) value;
        return this;
    }

    /**
     * @param value the low 16 bits are written, little endian
     * @return this writer
     */
    public BinaryWriter writeU16(int value) {
        int at = reserve(2);
        buffer[at] = (byte) value;
        buffer[at + 1] = (byte) (value >>> 8);
        return this;
    }

    /**
     * @param value written as 4 bytes, little endian
     * @return this writer
     */
    public BinaryWriter writeI32(int value) {
        int at = reserve(4);
        buffer[at] = (byte) value;
        buffer[at + 1] = (byte) (value >>> 8);
        buffer[at + 2] = (byte) (value >>> 16);
        buffer[at + 3] = (byte) (value >>> 24);
        return this;
    }

    /**
     * @param value written as 8 bytes, little endian (uint64 on the wire)
     * @return this writer
     */
    public BinaryWriter writeI64(long value) {
        int at = reserve(8);
        for (int i = 0; i < 8; i++) {
            buffer[at + i] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    /**
     * @param bytes written as they are
     * @return this writer
     */
    public BinaryWriter writeBytes(byte[] bytes) {
        return writeBytes(bytes, 0, bytes.length);
    }

    /**
     * @param bytes the source
     * @param offset the first byte to write
     * @param length how many bytes
     * @return this writer
     */
    public BinaryWriter writeBytes(byte[] bytes, int offset, int length) {
        int at = reserve(length);
        System.arraycopy(bytes, offset, buffer, at, length);
        return this;
    }

    /**
     * Overwrites 4 bytes already written, for size fields known only at the end.
     *
     * @param position where the value goes
     * @param value written little endian
     * @return this writer
     */
    public BinaryWriter patchI32(int position, int value) {
        if (position < 0 || position > size - 4) {
            throw new IndexOutOfBoundsException("cannot patch 4 bytes at " + position + " of " + size);
        }
        buffer[position] = (byte) value;
        buffer[position + 1] = (byte) (value >>> 8);
        buffer[position + 2] = (byte) (value >>> 16);
        buffer[position + 3] = (byte) (value >>> 24);
        return this;
    }

    /** @return a copy of the bytes written */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }
}
