package io.sirius.api.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BinaryWriterTest {

    @Test
    void growsWhenEveryKindOfWriteOverflowsTheBuffer() {
        // Arrange: each write below starts exactly at the initial capacity (16)
        byte[] filler = new byte[16];
        Arrays.fill(filler, (byte) 7);

        // Act
        byte[] u8 = new BinaryWriter(16).writeBytes(filler).writeU8(0xAB).toByteArray();
        byte[] u16 = new BinaryWriter(16).writeBytes(filler).writeU16(0xABCD).toByteArray();
        byte[] i32 = new BinaryWriter(16).writeBytes(filler).writeI32(0x01020304).toByteArray();
        byte[] i64 = new BinaryWriter(16).writeBytes(filler).writeI64(0x0102030405060708L).toByteArray();
        byte[] bytes = new BinaryWriter(16).writeBytes(filler).writeBytes(new byte[100]).toByteArray();

        // Assert
        assertEquals(17, u8.length);
        assertEquals((byte) 0xAB, u8[16]);
        assertArrayEquals(new byte[] {(byte) 0xCD, (byte) 0xAB}, Arrays.copyOfRange(u16, 16, 18));
        assertArrayEquals(new byte[] {4, 3, 2, 1}, Arrays.copyOfRange(i32, 16, 20));
        assertArrayEquals(new byte[] {8, 7, 6, 5, 4, 3, 2, 1}, Arrays.copyOfRange(i64, 16, 24));
        assertEquals(116, bytes.length);
        assertArrayEquals(filler, Arrays.copyOfRange(bytes, 0, 16));
    }

    @Test
    void writesLittleEndianAndReadsBack() {
        // Arrange
        BinaryWriter writer = new BinaryWriter(1);

        // Act
        writer.writeU8(1).writeU16(0x0203).writeI32(-2).writeI64(Long.MIN_VALUE).writeBytes(new byte[] {9, 9});
        BinaryReader reader = BinaryReader.of(writer.toByteArray());

        // Assert
        assertEquals(1, reader.readU8("a"));
        assertEquals(0x0203, reader.readU16("b"));
        assertEquals(-2, reader.readI32("c"));
        assertEquals(Long.MIN_VALUE, reader.readI64("d"));
        assertArrayEquals(new byte[] {9, 9}, reader.readBytes(2, "e"));
        reader.requireExhausted("test");
    }

    @Test
    void patchesASizeFieldAndRefusesOutOfRangePatches() {
        // Arrange
        BinaryWriter writer = new BinaryWriter().writeI32(0).writeI64(5);

        // Act
        writer.patchI32(0, writer.size());

        // Assert
        assertEquals(12, BinaryReader.of(writer.toByteArray()).readI32("size"));
        assertThrows(IndexOutOfBoundsException.class, () -> writer.patchI32(10, 1));
    }
}
