package io.sirius.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.Block;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.DetachedCosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.Transaction;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntitySignerTest {
    private static final Hash256 GENERATION_HASH = Vectors.generationHash();
    private final EntitySigner signer = new EntitySigner(new Ed25519());
    private final KeyPair initiator = KeyPair.of(PrivateKey.fromHex("01".repeat(32)), DerivationScheme.ED25519_SHA3);
    private final KeyPair cosignerV1 = KeyPair.of(PrivateKey.fromHex("03".repeat(32)), DerivationScheme.ED25519_SHA3);
    private final KeyPair cosignerV2 = KeyPair.of(PrivateKey.fromHex("03".repeat(32)), DerivationScheme.ED25519_SHA2);

    @Test
    void aSignedTransactionVerifiesOnlyOnItsNetwork() {
        // Arrange
        byte[] unsigned = TestEntities.transfer(initiator.publicKey(), DerivationScheme.ED25519_SHA3, new byte[] {1, 2, 3}).encode();
        // Act
        byte[] signed = signer.signTransaction(initiator, unsigned, GENERATION_HASH);
        // Assert
        assertTrue(signer.verifyTransaction(signed, GENERATION_HASH));
        assertFalse(signer.verifyTransaction(signed, Hash256.ZERO));
        assertFalse(signer.verifyTransaction(new byte[10], GENERATION_HASH));
    }

    @Test
    void theSchemeByteMustMatchTheKey() {
        // Arrange
        byte[] sha2Version = TestEntities.transfer(initiator.publicKey(), DerivationScheme.ED25519_SHA2, new byte[0]).encode();
        byte[] unknownScheme = sha2Version.clone();
        unknownScheme[TransactionHeader.VERSION_OFFSET + 2] = 9;
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> signer.signTransaction(initiator, sha2Version, GENERATION_HASH));
        assertFalse(signer.verifyTransaction(unknownScheme, GENERATION_HASH));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x4141, 0x4341})
    void cosignaturesSignTheAggregateHashInBothForms(int type) {
        // Arrange
        EmbeddedTransaction inner = EmbeddedTransaction.of(
                TestEntities.transfer(cosignerV1.publicKey(), DerivationScheme.ED25519_SHA3, new byte[] {9}));
        TransactionHeader header = new TransactionHeader(TransactionHeader.SIZE, Signature.ZERO, initiator.publicKey(),
                VersionField.of(NetworkType.MIJIN_TEST, DerivationScheme.ED25519_SHA3, 3),
                new io.sirius.api.model.EntityType(type), 0, Timestamp.of(5));
        AggregateTransaction unsigned = AggregateTransaction.of(header, List.of(inner), List.of());
        byte[] signed = signer.signTransaction(initiator, unsigned.encode(), GENERATION_HASH);
        Hash256 hash = EntityHasher.transactionHash(signed, GENERATION_HASH);
        KeyPair cosigner = EntityTypes.hasExtendedCosignatures(header.type()) ? cosignerV2 : cosignerV1;
        // Act
        Cosignature cosignature = signer.cosign(cosigner, hash);
        AggregateTransaction complete = AggregateTransaction.decode(signed).withCosignatures(List.of(cosignature));
        byte[] bytes = complete.encode();
        // Assert
        assertEquals(signed.length + complete.cosignatureSize(), bytes.length);
        assertTrue(signer.verifyTransaction(bytes, GENERATION_HASH));
        assertEquals(hash, EntityHasher.transactionHash(bytes, GENERATION_HASH));
        Cosignature decoded = AggregateTransaction.decode(bytes).cosignatures().get(0);
        assertTrue(signer.verifyCosignature(decoded, hash));
        assertFalse(signer.verifyCosignature(decoded, Hash256.ZERO));
    }

    @Test
    void detachedCosignaturesVerifyAgainstTheirParent() {
        // Arrange
        Hash256 parent = Hash256.fromHex("5A".repeat(32));
        // Act
        DetachedCosignature detached = DetachedCosignature.decode(signer.cosignDetached(cosignerV1, parent).encode());
        // Assert
        assertTrue(signer.verifyCosignature(detached));
        assertTrue(signer.verifyCosignature(detached.toCosignature(), parent));
        assertFalse(signer.verifyCosignature(new DetachedCosignature(detached.signer(), detached.signature(), Hash256.ZERO)));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 7})
    void blocksSignTheirWholeHeaderAndCosignersSignTheSame(int version) {
        // Arrange
        Transaction tx = Transaction.decode(signer.signTransaction(initiator,
                TestEntities.transfer(initiator.publicKey(), DerivationScheme.ED25519_SHA3, new byte[] {1}).encode(),
                GENERATION_HASH));
        Block block = Block.of(TestEntities.blockHeader(version, initiator.publicKey()), List.of(tx), List.of());
        // Act
        byte[] signed = signer.signBlock(initiator, block.encode());
        Cosignature cosignature = signer.cosignBlock(cosignerV1, signed);
        // Assert
        assertTrue(signer.verifyBlock(signed));
        assertTrue(signer.verifyBlockCosignature(cosignature, signed));
        int lastHeaderByte = block.header().headerSize() - 1;
        byte[] headerChanged = signed.clone();
        headerChanged[lastHeaderByte] ^= 1;
        assertFalse(signer.verifyBlock(headerChanged));
        byte[] transactionChanged = signed.clone();
        transactionChanged[signed.length - 1] ^= 1;
        assertTrue(signer.verifyBlock(transactionChanged), "transactions are covered by the transactions hash, not the signature");
        assertArrayEquals(signed, Block.decode(signed).encode());
    }
}
