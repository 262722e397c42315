package io.sirius.api.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockHeaderTest {
    static BlockHeader header(int version, EntityType type) {
        boolean v4 = version >= 4;
        return new BlockHeader(v4 ? BlockHeader.V4_SIZE : BlockHeader.V3_SIZE, Signature.fromHex("01".repeat(64)),
                PublicKey.fromHex("02".repeat(32)), new VersionField(0x90, 0, version), type, Height.of(0x0102030405060708L),
                Timestamp.of(0x1112131415161718L), 0x2122232425262728L, 0x31323334, Hash256.fromHex("41".repeat(32)),
                Hash256.fromHex("42".repeat(32)), Hash256.fromHex("43".repeat(32)), Hash256.fromHex("44".repeat(32)),
                PublicKey.fromHex("45".repeat(32)), 0x51525354, 0x61626364, v4 ? 0x7172737475767778L : 0,
                v4 ? 0x0102L : 0, 0);
    }

    static byte[] encode(BlockHeader header) {
        BinaryWriter out = new BinaryWriter(header.headerSize());
        header.encode(out);
        return out.toByteArray();
    }

    @Test
    void aV3HeaderHasTheFieldsAtTheirOffsets() {
        // Act
        byte[] bytes = encode(header(3, EntityTypes.NEMESIS_BLOCK));
        // Assert
        assertEquals(BlockHeader.V3_SIZE, bytes.length);
        assertEquals(0x03, bytes[100]);
        assertEquals((byte) 0x90, bytes[103]);
        assertEquals(0x43, bytes[104]);
        assertEquals((byte) 0x80, bytes[105]);
        assertEquals(0x08, bytes[106]);
        assertEquals(0x18, bytes[114]);
        assertEquals(0x28, bytes[122]);
        assertEquals(0x34, bytes[130]);
        assertEquals(0x41, bytes[134]);
        assertEquals(0x42, bytes[166]);
        assertEquals(0x43, bytes[198]);
        assertEquals(0x44, bytes[230]);
        assertEquals(0x45, bytes[262]);
        assertEquals(0x54, bytes[294]);
        assertEquals(0x64, bytes[298]);
    }

    @Test
    void aV4HeaderAddsRoundPhaseTimeAndPayloadSize() {
        // Act
        BlockHeader header = header(4, EntityTypes.BLOCK);
        byte[] bytes = encode(header);
        // Assert
        assertEquals(BlockHeader.V4_SIZE, bytes.length);
        assertEquals(0x78, bytes[302]);
        assertEquals(0x02, bytes[310]);
        assertEquals(0x00, bytes[318]);
        assertEquals(header, BlockHeader.decode(BinaryReader.of(bytes)));
        assertArrayEquals(bytes, encode(BlockHeader.decode(BinaryReader.of(bytes))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 8, 0xFFFF})
    void unknownVersionsAreDecodeErrors(int version) {
        // Arrange
        byte[] bytes = encode(header(3, EntityTypes.BLOCK));
        bytes[100] = (byte) version;
        bytes[101] = (byte) (version >>> 8);
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> BlockHeader.decode(BinaryReader.of(bytes)));
        // Assert
        assertTrue(e.getMessage().contains("block version " + version), e.getMessage());
    }

    @Test
    void unknownTypesAndLateNemesisBlocksAreDecodeErrors() {
        // Arrange
        byte[] transferType = encode(header(3, EntityTypes.BLOCK));
        transferType[104] = 0x54;
        transferType[105] = 0x41;
        byte[] nemesisV4 = encode(header(4, EntityTypes.BLOCK));
        nemesisV4[105] = (byte) 0x80;
        // Act and Assert
        assertTrue(assertThrows(DecodeException.class, () -> BlockHeader.decode(BinaryReader.of(transferType)))
                .getMessage().contains("not a block type"));
        assertTrue(assertThrows(DecodeException.class, () -> BlockHeader.decode(BinaryReader.of(nemesisV4)))
                .getMessage().contains("nemesis"));
    }
}
