package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.notification.SignatureNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.ValidationContext;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A signature must verify over its data in the scheme it names, strictly; a null scheme never verifies.
 */
class SignatureValidatorTest {
    /** The order of the Ed25519 base point. */
    private static final BigInteger GROUP_ORDER = BigInteger.ONE.shiftLeft(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    @TempDir
    static Path directory;
    static CoreFixture fixture;
    static ValidationContext context;
    final Ed25519 ed25519 = new Ed25519();
    final SignatureValidator validator = new SignatureValidator(ed25519);
    final byte[] data = CoreFixture.bytes(150, 42);

    @BeforeAll
    static void open() {
        fixture = CoreFixture.open(directory);
        context = fixture.stateless(5, 1_000_000);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static KeyPair signer(DerivationScheme scheme) {
        return KeyPair.of(PrivateKey.of(CoreFixture.bytes(32, 9)), scheme);
    }

    @ParameterizedTest
    @EnumSource(DerivationScheme.class)
    void aSignatureInItsOwnSchemeVerifies(DerivationScheme scheme) {
        // Arrange
        KeyPair key = signer(scheme);
        Signature signature = ed25519.sign(key, data);

        // Act
        ResultCode result = validator.validate(new SignatureNotification(key.publicKey(), signature, scheme, data), context);

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }

    @ParameterizedTest
    @EnumSource(DerivationScheme.class)
    void aSignatureOverOtherDataFails(DerivationScheme scheme) {
        // Arrange
        KeyPair key = signer(scheme);
        Signature signature = ed25519.sign(key, data);
        byte[] tampered = data.clone();
        tampered[tampered.length - 1] ^= 1;

        // Act
        ResultCode result = validator.validate(new SignatureNotification(key.publicKey(), signature, scheme, tampered), context);

        // Assert
        assertEquals(CoreResults.SIGNATURE_NOT_VERIFIABLE, result);
    }

    @ParameterizedTest
    @EnumSource(DerivationScheme.class)
    void aTamperedSignatureFails(DerivationScheme scheme) {
        // Arrange
        KeyPair key = signer(scheme);
        byte[] bytes = ed25519.sign(key, data).bytes();
        bytes[3] ^= 0x10;

        // Act
        ResultCode result = validator.validate(new SignatureNotification(key.publicKey(), Signature.of(bytes), scheme, data),
                context);

        // Assert
        assertEquals(CoreResults.SIGNATURE_NOT_VERIFIABLE, result);
    }

    @Test
    void aSignatureOfAnotherSignerFails() {
        // Arrange
        KeyPair key = signer(DerivationScheme.UNSET);
        PublicKey other = CoreFixture.key(77).publicKey();
        Signature signature = ed25519.sign(key, data);

        // Act
        ResultCode result = validator.validate(new SignatureNotification(other, signature, DerivationScheme.UNSET, data),
                context);

        // Assert
        assertEquals(CoreResults.SIGNATURE_NOT_VERIFIABLE, result);
    }

    @Test
    void aSha3SignatureClaimedAsSha2Fails() {
        // Arrange: the SHA-2 key of the same private key, so only the scheme of the signature differs
        KeyPair sha3 = signer(DerivationScheme.ED25519_SHA3);
        KeyPair sha2 = signer(DerivationScheme.ED25519_SHA2);
        Signature signature = ed25519.sign(sha3, data);

        // Act
        ResultCode asSha2 = validator.validate(new SignatureNotification(sha2.publicKey(), signature,
                DerivationScheme.ED25519_SHA2, data), context);
        ResultCode sha3KeyAsSha2 = validator.validate(new SignatureNotification(sha3.publicKey(), signature,
                DerivationScheme.ED25519_SHA2, data), context);

        // Assert
        assertEquals(CoreResults.SIGNATURE_NOT_VERIFIABLE, asSha2);
        assertEquals(CoreResults.SIGNATURE_NOT_VERIFIABLE, sha3KeyAsSha2);
    }

    @Test
    void anUnknownSchemeNeverVerifies() {
        // Arrange: a valid signature, but the notification carries no scheme (its code was not 0, 1 or 2)
        KeyPair key = signer(DerivationScheme.UNSET);
        Signature signature = ed25519.sign(key, data);

        // Act
        ResultCode result = validator.validate(new SignatureNotification(key.publicKey(), signature, null, data), context);

        // Assert
        assertEquals(CoreResults.SIGNATURE_NOT_VERIFIABLE, result);
    }

    @Test
    void aNonCanonicalSIsRefused() {
        // Arrange: S + L verifies under the group law, but strict verification wants S below the group order L
        KeyPair key = signer(DerivationScheme.UNSET);
        byte[] bytes = ed25519.sign(key, data).bytes();
        BigInteger s = littleEndian(bytes, 32);
        writeLittleEndian(s.add(GROUP_ORDER), bytes, 32);

        // Act
        ResultCode result = validator.validate(new SignatureNotification(key.publicKey(), Signature.of(bytes),
                DerivationScheme.UNSET, data), context);

        // Assert
        assertEquals(CoreResults.SIGNATURE_NOT_VERIFIABLE, result);
    }

    @Test
    void theIdentityKeyIsRefused() {
        // Arrange: with A = R = the identity point and S = 0, [S]B = R + [k]A holds for every message; only the
        // subgroup check of the key refuses it
        byte[] identity = new byte[32];
        identity[0] = 1;
        byte[] signature = new byte[64];
        signature[0] = 1;

        // Act
        ResultCode result = validator.validate(new SignatureNotification(PublicKey.of(identity), Signature.of(signature),
                DerivationScheme.UNSET, data), context);

        // Assert
        assertEquals(CoreResults.SIGNATURE_NOT_VERIFIABLE, result);
    }

    private static BigInteger littleEndian(byte[] bytes, int offset) {
        byte[] big = new byte[33];
        for (int i = 0; i < 32; i++) {
            big[32 - i] = bytes[offset + i];
        }
        return new BigInteger(big);
    }

    private static void writeLittleEndian(BigInteger value, byte[] bytes, int offset) {
        for (int i = 0; i < 32; i++) {
            bytes[offset + i] = value.shiftRight(8 * i).byteValue();
        }
    }
}
