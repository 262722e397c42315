package io.sirius.plugin.locksecret.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.model.SecretProofTransaction;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretProofTransactionCodecTest {

    private static SecretProofTransaction decode(byte[] body) {
        BinaryReader reader = BinaryReader.of(body);
        SecretProofTransaction proof = new SecretProofTransactionCodec().decode(reader, 1);
        reader.requireExhausted("Secret_Proof body");
        return proof;
    }

    private static byte[] encode(SecretProofTransaction proof) {
        BinaryWriter out = new BinaryWriter();
        new SecretProofTransactionCodec().encode(proof, out, 1);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "algorithm {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void readsTheSdksProofsAndWritesTheSameBytes(int algorithm) {
        // Arrange
        byte[] payload = Hex.decode(SdkVectors.PROOFS[algorithm]);
        byte[] body = SdkVectors.body(SdkVectors.PROOFS[algorithm]);

        // Act
        SecretProofTransaction proof = decode(body);

        // Assert
        assertEquals(LockSecretTypes.SECRET_PROOF.value(), BinaryReader.of(payload, 104, 2).readU16("Type"));
        assertEquals(LockSecretTypes.SECRET_PROOF_VERSION, BinaryReader.of(payload, 100, 4).readI32("Version") & 0xFFFF);
        assertEquals(new SecretProofTransaction(algorithm, Hash256.fromHex(SdkVectors.SECRETS[algorithm]),
                UnresolvedAddress.of(Hex.decode(SdkVectors.RECIPIENT)), Hex.decode(SdkVectors.PROOF)), proof);
        assertArrayEquals(body, encode(proof));
    }

    @Test
    void anEmptyProofIsTheFixedPartAlone() {
        // Arrange
        var proof = new SecretProofTransaction(0, Hash256.ZERO, UnresolvedAddress.of(Hex.decode(SdkVectors.RECIPIENT)),
                new byte[0]);

        // Act
        byte[] bytes = encode(proof);

        // Assert
        assertEquals(SecretProofTransaction.FIXED_SIZE, bytes.length);
        assertEquals(proof, decode(bytes));
    }

    @Test
    void refusesEveryTruncatedBody() {
        // Arrange
        byte[] body = SdkVectors.body(SdkVectors.PROOFS[0]);

        // Act + Assert
        for (int size = 0; size < body.length; size++) {
            byte[] truncated = Arrays.copyOf(body, size);
            assertThrows(DecodeException.class, () -> decode(truncated), "size " + size);
        }
    }

    @Test
    void refusesAProofSizeThatLies() {
        // Arrange: ProofSize sits after algorithm, secret and recipient
        byte[] longer = SdkVectors.body(SdkVectors.PROOFS[0]);
        longer[58] = 0x15;
        byte[] shorter = SdkVectors.body(SdkVectors.PROOFS[0]);
        shorter[58] = 0x13;
        byte[] huge = SdkVectors.body(SdkVectors.PROOFS[0]);
        huge[58] = (byte) 0xFF;
        huge[59] = (byte) 0xFF;

        // Act + Assert: too long runs out of bytes, too short leaves one behind
        assertThrows(DecodeException.class, () -> decode(longer));
        assertThrows(DecodeException.class, () -> decode(shorter));
        assertThrows(DecodeException.class, () -> decode(huge));
    }
}
