package io.sirius.plugin.locksecret.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.model.SecretLockTransaction;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretLockTransactionCodecTest {

    private static SecretLockTransaction decode(byte[] body) {
        BinaryReader reader = BinaryReader.of(body);
        SecretLockTransaction lock = new SecretLockTransactionCodec().decode(reader, 1);
        reader.requireExhausted("Secret_Lock body");
        return lock;
    }

    @ParameterizedTest(name = "algorithm {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void readsTheSdksSecretLocksAndWritesTheSameBytes(int algorithm) {
        // Arrange
        byte[] payload = Hex.decode(SdkVectors.LOCKS[algorithm]);
        byte[] body = SdkVectors.body(SdkVectors.LOCKS[algorithm]);

        // Act
        SecretLockTransaction lock = decode(body);
        BinaryWriter out = new BinaryWriter();
        new SecretLockTransactionCodec().encode(lock, out, 1);

        // Assert: type and version as declared, then every field
        assertEquals(LockSecretTypes.SECRET_LOCK.value(), BinaryReader.of(payload, 104, 2).readU16("Type"));
        assertEquals(LockSecretTypes.SECRET_LOCK_VERSION, BinaryReader.of(payload, 100, 4).readI32("Version") & 0xFFFF);
        assertEquals(SecretLockTransaction.SIZE, body.length);
        assertEquals(new SecretLockTransaction(new UnresolvedMosaic(new UnresolvedMosaicId(0x0DC67FBE1CAD29E3L),
                new Amount(10_000_000)), new BlockDuration(100), algorithm, Hash256.fromHex(SdkVectors.SECRETS[algorithm]),
                UnresolvedAddress.of(Hex.decode(SdkVectors.RECIPIENT))), lock);
        assertArrayEquals(body, out.toByteArray());
    }

    @Test
    void keepsAnUnknownAlgorithmByteForTheValidators() {
        // Arrange
        byte[] body = SdkVectors.body(SdkVectors.LOCKS[0]);
        body[24] = (byte) 0xFF;

        // Act + Assert
        assertEquals(255, decode(body).hashAlgorithm());
    }

    @Test
    void refusesEveryTruncatedBody() {
        // Arrange
        byte[] body = SdkVectors.body(SdkVectors.LOCKS[0]);

        // Act + Assert
        for (int size = 0; size < body.length; size++) {
            byte[] truncated = Arrays.copyOf(body, size);
            assertThrows(DecodeException.class, () -> decode(truncated), "size " + size);
        }
    }

    @Test
    void leavesATrailingByteForTheKernelToRefuse() {
        // Arrange
        byte[] body = Arrays.copyOf(SdkVectors.body(SdkVectors.LOCKS[0]), SecretLockTransaction.SIZE + 1);
        BinaryReader reader = BinaryReader.of(body);

        // Act
        new SecretLockTransactionCodec().decode(reader, 1);

        // Assert
        assertTrue(!reader.isExhausted());
        assertThrows(DecodeException.class, () -> reader.requireExhausted("Secret_Lock body"));
    }
}
