package io.sirius.plugin.locksecret.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Hash256;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import io.sirius.plugin.locksecret.model.ProofSecretNotification;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProofSecretValidatorTest {

    private static String validate(int algorithm, Hash256 secret, byte[] proof) {
        var result = new ProofSecretValidator().validate(new ProofSecretNotification(algorithm, secret, proof),
                Fixtures.context(10, Fixtures.state()).validation());
        return result.isSuccess() ? "SUCCESS" : ((LockSecretResults) result).name();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LockHashAlgorithm.class)
    void acceptsAProofThatHashesToTheSecret(LockHashAlgorithm algorithm) {
        // Act + Assert
        assertEquals("SUCCESS", validate(algorithm.code(), algorithm.hash(Fixtures.PROOF), Fixtures.PROOF));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LockHashAlgorithm.class)
    void refusesAProofOfAnotherSecret(LockHashAlgorithm algorithm) {
        // Arrange
        byte[] other = Fixtures.PROOF.clone();
        other[0] = 1;

        // Act + Assert
        assertEquals("SECRET_MISMATCH", validate(algorithm.code(), algorithm.hash(Fixtures.PROOF), other));
    }

    @ParameterizedTest(name = "size {0}: {1}")
    @CsvSource({"0, PROOF_SIZE_OUT_OF_BOUNDS", "9, PROOF_SIZE_OUT_OF_BOUNDS", "10, SUCCESS", "30, SUCCESS",
        "31, PROOF_SIZE_OUT_OF_BOUNDS"})
    void boundsTheProofSizeByMinAndMaxProofSize(int size, String expected) {
        // Arrange (minProofSize 10, maxProofSize 30)
        byte[] proof = Arrays.copyOf(Fixtures.PROOF, size);

        // Act + Assert
        assertEquals(expected, validate(0, LockHashAlgorithm.SHA3_256.hash(proof), proof));
    }

    @ParameterizedTest(name = "algorithm {0}")
    @CsvSource({"4", "255"})
    void answersNotImplementedForOtherAlgorithmsBeforeAnythingElse(int algorithm) {
        // Act + Assert: even with a proof too short to pass the size check
        assertEquals("HASH_NOT_IMPLEMENTED", validate(algorithm, Hash256.ZERO, new byte[0]));
    }

    @ParameterizedTest(name = "Hash160 padding byte {0}")
    @CsvSource({"20", "31"})
    void aHash160SecretMustBeZeroPadded(int index) {
        // Arrange
        byte[] secret = LockHashAlgorithm.HASH_160.hash(Fixtures.PROOF).bytes();
        secret[index] = 1;

        // Act + Assert
        assertEquals("SECRET_MISMATCH", validate(2, Hash256.of(secret), Fixtures.PROOF));
    }
}
