package io.sirius.plugin.lockhash.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.model.HashLockTransaction;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HashLockTransactionCodecTest {
    /**
     * Hash_Lock as tsjs-xpx-chain-sdk 0.10.4 signs it ({@code HashLockTransaction.create}: 10'000'000 of mosaic
     * 0DC67FBE1CAD29E3 for 480 blocks guarding aggregate C54B1D3A..., mijin-test, deadline 1000, max fee 0, signer
     * 87F87AD6..., zero generation hash).
     */
    static final String SDK_HASH_LOCK = "B2000000F2D3736D8EC9DB8E7FC46170792DB6904E621A44B41B63F3C58F73A42330E2812F99BD0B83"
            + "CE735BB9942E9834D8D639BC585E3D7943C8BAF03F778FCA96A408"
            + "87F87AD6898E8208EF5B8A2BA5FD2566CB62C116F3480C6D6EA1E45E4C3D6E69" + "01000190" + "4841"
            + "0000000000000000E803000000000000"
            + "E329AD1CBE7FC60D" + "8096980000000000" + "E001000000000000"
            + "C54B1D3A0B6D8E0F1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F7081";

    private static byte[] body() {
        byte[] payload = Hex.decode(SDK_HASH_LOCK);
        return Arrays.copyOfRange(payload, 122, payload.length);
    }

    private static HashLockTransaction decode(byte[] body) {
        BinaryReader reader = BinaryReader.of(body);
        HashLockTransaction lock = new HashLockTransactionCodec().decode(reader, 1);
        reader.requireExhausted("Hash_Lock body");
        return lock;
    }

    @Test
    void readsTheSdksHashLockAndWritesTheSameBytes() {
        // Arrange
        byte[] payload = Hex.decode(SDK_HASH_LOCK);

        // Act
        HashLockTransaction lock = decode(body());
        BinaryWriter out = new BinaryWriter();
        new HashLockTransactionCodec().encode(lock, out, 1);

        // Assert
        assertEquals(payload.length, BinaryReader.of(payload, 0, 4).readI32("Size"));
        assertEquals(LockHashTypes.HASH_LOCK.value(), BinaryReader.of(payload, 104, 2).readU16("Type"));
        assertEquals(LockHashTypes.HASH_LOCK_VERSION, BinaryReader.of(payload, 100, 4).readI32("Version") & 0xFFFF);
        assertEquals(new HashLockTransaction(new UnresolvedMosaic(new UnresolvedMosaicId(0x0DC67FBE1CAD29E3L),
                new Amount(10_000_000)), new BlockDuration(480), Fixtures.AGGREGATE), lock);
        assertEquals(HashLockTransaction.SIZE, body().length);
        assertArrayEquals(body(), out.toByteArray());
    }

    @Test
    void refusesEveryTruncatedBodyAndLeavesTrailingBytesToTheKernel() {
        // Arrange
        byte[] body = body();

        // Act + Assert
        for (int size = 0; size < body.length; size++) {
            byte[] truncated = Arrays.copyOf(body, size);
            assertThrows(DecodeException.class, () -> decode(truncated), "size " + size);
        }
        assertThrows(DecodeException.class, () -> decode(Arrays.copyOf(body, body.length + 1)));
    }
}
