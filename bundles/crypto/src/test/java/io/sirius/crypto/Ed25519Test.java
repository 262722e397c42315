package io.sirius.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hex;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.crypto.internal.Scalars;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Ed25519Test {
    private final Ed25519 ed25519 = new Ed25519();

    /** RFC 8032 section 7.1, tests 1, 2, 3 and SHA(abc): scheme 2 is standard Ed25519. */
    @ParameterizedTest
    @CsvSource({
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60, d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, '', "
                + "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb, 3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72, "
                + "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
        "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7, fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025, af82, "
                + "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
        "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42, ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf, "
                + "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f, "
                + "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704",
    })
    void rfc8032VectorsInTheSha2Scheme(String secret, String publicKey, String message, String signature) {
        // Arrange
        KeyPair keyPair = KeyPair.of(PrivateKey.fromHex(secret), DerivationScheme.ED25519_SHA2);
        byte[] data = Hex.decode(message);
        // Act
        Signature signed = ed25519.sign(keyPair, data);
        // Assert
        assertEquals(publicKey.toUpperCase(), keyPair.publicKey().toHex());
        assertEquals(signature.toUpperCase(), signed.toHex());
        assertTrue(ed25519.verify(keyPair.publicKey(), DerivationScheme.ED25519_SHA2, data, signed));
    }

    /** The SHA3 test vectors of cpp-xpx-chain's tests/catapult/crypto/SignerTests.cpp. */
    @ParameterizedTest
    @CsvSource({
        "8D31B712AB28D49591EAF5066E9E967B44507FC19C3D54D742F7B3A255CFF4AB, 53C659B47C176A70EB228DE5C0A0FF391282C96640C2A42CD5BBD0982176AB1B, "
                + "8CE03CD60514233B86789729102EA09E867FC6D964DEA8C2018EF7D0A2E0E24BF7E348E917116690B9, "
                + "C9B1342EAB27E906567586803DA265CC15CCACA411E0AEF44508595ACBC47600D02527F2EED9AB3F28C856D27E30C3808AF7F22F5F243DE698182D373A9ADE03",
        "15923F9D2FFFB11D771818E1F7D7DDCD363913933264D58533CB3A5DD2DAA66A, 3FE4A1AA148F5E76891CE924F5DC05627A87047B2B4AD9242C09C0ECED9B2338, "
                + "E4A92208A6FC52282B620699191EE6FB9CF04DAF48B48FD542C5E43DAA9897763A199AAA4B6F10546109F47AC3564FADE0, "
                + "0755E437ED4C8DD66F1EC29F581F6906AB1E98704ECA94B428A25937DF00EC64796F08E5FEF30C6F6C57E4A5FB4C811D617FA661EB6958D55DAE66DDED205501",
        "A9323CEF24497AB770516EA572A0A2645EE2D5A75BC72E78DE534C0A03BC328E, F398C0A2BDACDBD7037D2F686727201641BBF87EF458F632AE2A04B4E8F57994, "
                + "13ED795344C4448A3B256F23665336645A853C5C44DBFF6DB1B9224B5303B6447FBF8240A2249C55, "
                + "15D6585A2A456E90E89E8774E9D12FE01A6ACFE09936EE41271AA1FBE0551264A9FF9329CB6FEE6AE034238C8A91522A6258361D48C5E70A41C1F1C51F55330D",
        "D7D816DA0566878EE739EDE2131CD64201BCCC27F88FA51BA5815BCB0FE33CC8, 6A283A241A8D8203B3A1E918B1E6F0A3E14E75E16D4CFFA45AE4EF89E38ED6B5, "
                + "A2704638434E9F7340F22D08019C4C8E3DBEE0DF8DD4454A1D70844DE11694F4C8CA67FDCB08FED0CEC9ABB2112B5E5F89, "
                + "F6FB0D8448FEC0605CF74CFFCC7B7AE8D31D403BCA26F7BD21CB4AC87B00769E9CC7465A601ED28CDF08920C73C583E69D621BA2E45266B86B5FCF8165CBE309",
        "27FC9998454848B987FAD89296558A34DEED4358D1517B953572F3E0AAA0A22D, 4DC62B38215826438DE2369743C6BBE6D13428405025DFEFF2857B9A9BC9D821, "
                + "D2488E854DBCDFDB2C9D16C8C0B2FDBC0ABB6BAC991BFE2B14D359A6BC99D66C00FD60D731AE06D0, "
                + "E88D8C32FE165D34B775F70657B96D8229FFA9C783E61198A6F3CCB92F487982D08F8B16AB9157E2EFC3B78F126088F585E26055741A9F25127AC13E883C9A05",
    })
    void catapultVectorsInTheSha3Scheme(String secret, String publicKey, String message, String signature) {
        // Arrange
        KeyPair keyPair = KeyPair.of(PrivateKey.fromHex(secret), DerivationScheme.ED25519_SHA3);
        byte[] data = Hex.decode(message);
        // Act
        Signature signed = ed25519.sign(keyPair, data);
        // Assert
        assertEquals(publicKey, keyPair.publicKey().toHex());
        assertEquals(signature, signed.toHex());
        assertTrue(ed25519.verify(keyPair.publicKey(), DerivationScheme.ED25519_SHA3, data, signed));
    }

    @Test
    void sha2SchemeAgreesWithBouncyCastleOnRandomKeysAndMessages() {
        // Arrange
        Random random = new Random(8032);
        for (int i = 0; i < 200; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            byte[] message = new byte[random.nextInt(300)];
            random.nextBytes(message);
            KeyPair keyPair = KeyPair.of(PrivateKey.of(seed), DerivationScheme.ED25519_SHA2);
            byte[] bcPublic = new byte[32];
            org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, bcPublic, 0);
            byte[] bcSignature = new byte[64];
            org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, message, 0, message.length, bcSignature, 0);
            // Act
            Signature ours = ed25519.sign(keyPair, message);
            // Assert
            assertArrayEquals(bcPublic, keyPair.publicKey().bytes());
            assertArrayEquals(bcSignature, ours.bytes());
            assertTrue(org.bouncycastle.math.ec.rfc8032.Ed25519.verify(ours.bytes(), 0, bcPublic, 0, message, 0,
                    message.length));
            assertTrue(ed25519.verify(keyPair.publicKey(), DerivationScheme.ED25519_SHA2, message,
                    Signature.of(bcSignature)));
        }
    }

    @ParameterizedTest
    @EnumSource(DerivationScheme.class)
    void anyChangeToKeyMessageOrSignatureFailsVerification(DerivationScheme scheme) {
        // Arrange
        KeyPair keyPair = KeyPair.of(PrivateKey.fromHex("CBD84EF8F5F38A25C01308785EA99627DE897D151AFDFCDA7AB07EFD8ED98534"), scheme);
        KeyPair other = KeyPair.of(PrivateKey.fromHex("CBD84EF8F5F38A25C01308785EA99627DE897D151AFDFCDA7AB07EFD8ED98535"), scheme);
        byte[] message = Hex.decode("00112233445566778899AABBCCDDEEFF");
        Signature signature = ed25519.sign(keyPair, message);
        // Act and Assert
        assertTrue(ed25519.verify(keyPair.publicKey(), scheme, message, signature));
        assertFalse(ed25519.verify(other.publicKey(), scheme, message, signature));
        for (int i = 0; i < 64; i++) {
            byte[] altered = signature.bytes();
            altered[i] ^= (byte) 0xFF;
            assertFalse(ed25519.verify(keyPair.publicKey(), scheme, message, Signature.of(altered)), "byte " + i);
        }
        for (int i = 0; i < message.length; i++) {
            byte[] altered = message.clone();
            altered[i] ^= 0x01;
            assertFalse(ed25519.verify(keyPair.publicKey(), scheme, altered, signature), "message byte " + i);
        }
    }

    @Test
    void theSchemesGiveDifferentKeysAndDoNotVerifyEachOther() {
        // Arrange
        PrivateKey privateKey = PrivateKey.fromHex("0101010101010101010101010101010101010101010101010101010101010101");
        KeyPair sha3 = KeyPair.of(privateKey, DerivationScheme.ED25519_SHA3);
        KeyPair unset = KeyPair.of(privateKey, DerivationScheme.UNSET);
        KeyPair sha2 = KeyPair.of(privateKey, DerivationScheme.ED25519_SHA2);
        byte[] message = {1, 2, 3};
        // Act
        Signature signature = ed25519.sign(sha3, message);
        // Assert
        assertEquals(sha3.publicKey(), unset.publicKey());
        assertNotEquals(sha3.publicKey(), sha2.publicKey());
        assertTrue(ed25519.verify(sha3.publicKey(), DerivationScheme.UNSET, message, signature));
        assertFalse(ed25519.verify(sha3.publicKey(), DerivationScheme.ED25519_SHA2, message, signature));
    }

    @Test
    void nonCanonicalSIsRefused() {
        // Arrange: S + L verifies in a lax implementation, since (S + L) B = S B
        KeyPair keyPair = KeyPair.of(PrivateKey.fromHex("CBD84EF8F5F38A25C01308785EA99627DE897D151AFDFCDA7AB07EFD8ED98534"),
                DerivationScheme.ED25519_SHA3);
        byte[] message = {1, 2, 3, 4, 5, 6, 7, 8, 9, 0};
        byte[] signature = ed25519.sign(keyPair, message).bytes();
        byte[] s = java.util.Arrays.copyOfRange(signature, 32, 64);
        byte[] sPlusL = Scalars.toBytes(Scalars.toBig(s, 0, 32).add(Scalars.L));
        byte[] lax = signature.clone();
        System.arraycopy(sPlusL, 0, lax, 32, 32);
        // Act and Assert
        assertTrue(ed25519.verify(keyPair.publicKey(), DerivationScheme.ED25519_SHA3, message, Signature.of(signature)));
        assertFalse(ed25519.verify(keyPair.publicKey(), DerivationScheme.ED25519_SHA3, message, Signature.of(lax)));
    }

    @Test
    void zeroAndIdentityKeysAreRefusedEvenWithMatchingEquations() {
        // Arrange: for the neutral element A = (0, 1), R = S B satisfies S B = R + k A for any message
        PublicKey identity = PublicKey.fromHex("0100000000000000000000000000000000000000000000000000000000000000");
        KeyPair five = KeyPair.of(PrivateKey.fromHex("0505050505050505050505050505050505050505050505050505050505050505"),
                DerivationScheme.ED25519_SHA3);
        byte[] forged = new byte[64];
        System.arraycopy(Scalars.toBytes(java.math.BigInteger.ZERO), 0, forged, 32, 32);
        forged[0] = 1;
        // Act and Assert
        assertFalse(ed25519.isValidPublicKey(PublicKey.ZERO));
        assertFalse(ed25519.isValidPublicKey(identity));
        assertFalse(ed25519.verify(identity, DerivationScheme.ED25519_SHA3, new byte[] {1}, Signature.of(forged)));
        assertFalse(ed25519.verify(PublicKey.ZERO, DerivationScheme.ED25519_SHA3, new byte[] {1}, Signature.ZERO));
        assertTrue(ed25519.isValidPublicKey(five.publicKey()));
    }

    @Test
    void nonCanonicalOrOffCurveKeysAreRefused() {
        // Arrange: y = p (non-canonical encoding of y = 0), and a y with no x on the curve
        PublicKey yEqualsP = PublicKey.fromHex("EDFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF7F");
        PublicKey notOnCurve = PublicKey.fromHex("0200000000000000000000000000000000000000000000000000000000000000");
        // Act and Assert
        assertFalse(ed25519.isValidPublicKey(yEqualsP));
        assertFalse(ed25519.isValidPublicKey(notOnCurve));
    }

    @Test
    void keyChecksAreCachedAndTheCacheStaysBounded() {
        // Arrange
        Ed25519 small = new Ed25519(10);
        Random random = new Random(1);
        byte[] message = {42};
        // Act
        for (int i = 0; i < 50; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            KeyPair keyPair = KeyPair.of(PrivateKey.of(seed), DerivationScheme.ED25519_SHA3);
            Signature signature = small.sign(keyPair, message);
            assertTrue(small.verify(keyPair.publicKey(), DerivationScheme.ED25519_SHA3, message, signature));
            assertTrue(small.verify(keyPair.publicKey(), DerivationScheme.ED25519_SHA3, message, signature));
        }
        // Assert
        assertTrue(small.cachedKeys() <= 10, "cache holds " + small.cachedKeys());
        assertTrue(small.cachedKeys() >= 1);
    }

    @Test
    void generatedKeysSignAndVerify() {
        // Arrange
        java.security.SecureRandom random = new java.security.SecureRandom();
        KeyPair keyPair = KeyPair.generate(random, DerivationScheme.ED25519_SHA3);
        // Act
        Signature signature = ed25519.sign(keyPair, new byte[] {7});
        // Assert
        assertTrue(ed25519.verify(keyPair.publicKey(), DerivationScheme.ED25519_SHA3, new byte[] {7}, signature));
        assertNotEquals(KeyPair.generate(random, DerivationScheme.ED25519_SHA3).publicKey(), keyPair.publicKey());
    }
}
