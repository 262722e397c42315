package io.sirius.api.codec;

import java.util.Arrays;

/**
 * A bounds-checked little-endian reader over a slice of a byte array.
 *
 * <p>Not thread safe; cheap to create. Reads never go past the slice's end: a short read throws
 * {@link DecodeException} naming the field being read and its offset.
 */
public final class BinaryReader {
    private final byte[] data;
    private final int start;
    private final int end;
    private int position;

    private BinaryReader(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IllegalArgumentException(
                    "slice [" + offset + ", " + offset + " + " + length + ") is outside an array of " + data.length);
        }
        this.data = data;
        this.start = offset;
        this.end = offset + length;
        this.position = offset;
    }

    /**
     * Creates a reader over a whole array. The array is not copied and must not change while reading.
     *
     * @param data the bytes to read
     * @return a reader positioned at the first byte
     */
    public static BinaryReader of(byte[] data) {
        return new BinaryReader(data, 0, data.length);
    }

    /**
     * Creates a reader over a slice of an array. The array is not copied.
     *
     * @param data the bytes
     * @param offset the first byte of the slice
     * @param length the number of bytes in the slice
     * @return a reader positioned at {@code offset}
     */
    public static BinaryReader of(byte[] data, int offset, int length) {
        return new BinaryReader(data, offset, length);
    }

    /** @return the position relative to the start of the slice */
    public int position() {
        return position - start;
    }

    /** @return how many bytes are left to read */
    public int remaining() {
        return end - position;
    }

    /** @return whether every byte of the slice has been read */
    public boolean isExhausted() {
        return position == end;
    }

    private int claim(int size, String field) {
        if (size > end - position) {
            throw new DecodeException(field + " needs " + size + " bytes at offset " + position()
                    + " but only " + remaining() + " remain");
        }
        int at = position;
        position += size;
        return at;
    }

    /**
     * @param field the field's name, for the error message
     * @return an unsigned byte
     */
    public int readU8(String field) {
        return data[claim(1, field)] & 0xFF;
    }

    /**
     * @param field the field's name, for the error message
     * @return an unsigned little-endian 16-bit value
     */
    public int readU16(String field) {
        int at = claim(2, field);
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8;
    }

    /**
     * @param field the field's name, for the error message
     * @return a little-endian 32-bit value, as Java's signed int (use {@link Integer#toUnsignedLong})
     */
    public int readI32(String field) {
        int at = claim(4, field);
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16 | (data[at + 3] & 0xFF) << 24;
    }

    /**
     * Reads an unsigned 32-bit value that is used as a size or count and so must fit a Java int.
     *
     * @param field the field's name, for the error message
     * @return the value, between 0 and {@link Integer#MAX_VALUE}
     */
    public int readSize32(String field) {
        int value = readI32(field);
        if (value < 0) {
            throw new DecodeException(field + " at offset " + (position() - 4) + " is "
                    + Integer.toUnsignedString(value) + ", larger than any payload");
        }
        return value;
    }

    /**
     * @param field the field's name, for the error message
     * @return a little-endian 64-bit value, as Java's signed long (uint64 on the wire)
     */
    public long readI64(String field) {
        int at = claim(8, field);
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (data[at + i] & 0xFF);
        }
        return value;
    }

    /**
     * Copies the next {@code size} bytes out.
     *
     * @param size how many bytes
     * @param field the field's name, for the error message
     * @return a new array holding them
     */
    public byte[] readBytes(int size, String field) {
        if (size < 0) {
            throw new DecodeException(field + " has a negative size " + size);
        }
        int at = claim(size, field);
        return Arrays.copyOfRange(data, at, at + size);
    }

    /**
     * Skips bytes.
     *
     * @param size how many bytes
     * @param field the field's name, for the error message
     */
    public void skip(int size, String field) {
        if (size < 0) {
            throw new DecodeException(field + " has a negative size " + size);
        }
        claim(size, field);
    }

    /**
     * Checks, before anything is allocated, that {@code count} elements of at least {@code minElementSize}
     * bytes each can fit in what remains.
     *
     * @param count the element count read from the wire
     * @param minElementSize the smallest encoded size of one element
     * @param field the field's name, for the error message
     * @return {@code count}, for chaining
     */
    public int checkCount(long count, int minElementSize, String field) {
        if (count < 0 || count * (long) Math.max(1, minElementSize) > remaining()) {
            throw new DecodeException(field + " claims " + count + " elements of at least " + minElementSize
                    + " bytes but only " + remaining() + " bytes remain at offset " + position());
        }
        return (int) count;
    }

    /**
     * Returns a reader over the next {@code size} bytes and advances this reader past them.
     *
     * @param size the size of the nested structure
     * @param field the field's name, for the error message
     * @return a reader over exactly that many bytes
     */
    public BinaryReader slice(int size, String field) {
        if (size < 0) {
            throw new DecodeException(field + " has a negative size " + size);
        }
        int at = claim(size, field);
        return new BinaryReader(data, at, size);
    }

    /**
     * Fails unless every byte has been read: trailing garbage is an error, not something to ignore.
     *
     * @param what the structure being decoded, for the error message
     */
    public void requireExhausted(String what) {
        if (!isExhausted()) {
            throw new DecodeException(what + " has " + remaining() + " unexpected trailing bytes at offset " + position());
        }
    }
}
