package io.sirius.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.BlockHeader;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityHasherTest {
    private static final Hash256 GENERATION_HASH = Vectors.generationHash();
    private static final PublicKey COSIGNER = PublicKey.fromHex("E7396F0B2C5D636638A036E1EEB6074C185069D4A4A42F9DB1F2282825A09B89");

    private static byte[] aggregateVector() {
        return Vectors.hex(Vectors.transactions().stream()
                .filter(t -> t.path("type").asText().equals("0x4141")).findFirst().orElseThrow().path("payload"));
    }

    @Test
    void anAggregateHashIgnoresItsCosignatures() {
        // Arrange
        byte[] payload = aggregateVector();
        AggregateTransaction aggregate = AggregateTransaction.decode(payload);
        AggregateTransaction cosigned = aggregate.withCosignatures(List.of(new Cosignature(DerivationScheme.UNSET,
                COSIGNER, Signature.fromHex("AB".repeat(64)))));
        // Act
        Hash256 plain = EntityHasher.transactionHash(payload, GENERATION_HASH);
        Hash256 withCosignature = EntityHasher.transactionHash(cosigned.encode(), GENERATION_HASH);
        // Assert
        assertEquals(payload.length + 96, cosigned.encode().length);
        assertEquals(plain, withCosignature);
        assertEquals(Hex.encode(EntityHasher.signingBytes(payload, GENERATION_HASH)),
                Hex.encode(EntityHasher.signingBytes(cosigned.encode(), GENERATION_HASH)));
    }

    @Test
    void theHashDependsOnTheGenerationHash() {
        // Arrange
        byte[] payload = aggregateVector();
        // Act and Assert
        assertNotEquals(EntityHasher.transactionHash(payload, GENERATION_HASH),
                EntityHasher.transactionHash(payload, Hash256.ZERO));
    }

    @Test
    void aLyingAggregatePayloadSizeIsADecodeError() {
        // Arrange
        byte[] payload = aggregateVector();
        payload[122] = (byte) 0xFF;
        payload[123] = (byte) 0xFF;
        // Act and Assert
        assertThrows(DecodeException.class, () -> EntityHasher.transactionHash(payload, GENERATION_HASH));
        assertThrows(DecodeException.class, () -> EntityHasher.transactionHash(new byte[50], GENERATION_HASH));
    }

    @Test
    void merkleComponentHashAppendsCosignerKeysToAggregates() {
        // Arrange
        Hash256 hash = Hash256.fromHex("AA".repeat(32));
        // Act and Assert
        assertEquals(hash, EntityHasher.merkleComponentHash(hash, List.of()));
        assertEquals(Hashes.sha3_256Hash(hash.bytes(), COSIGNER.bytes(), PublicKey.ZERO.bytes()),
                EntityHasher.merkleComponentHash(hash, List.of(COSIGNER, PublicKey.ZERO)));
    }

    @Test
    void blockTransactionsHashIsAMerkleTreeWithTheOddLastPairedWithItself() {
        // Arrange
        Hash256 a = Hash256.fromHex("01".repeat(32));
        Hash256 b = Hash256.fromHex("02".repeat(32));
        Hash256 c = Hash256.fromHex("03".repeat(32));
        Hash256 ab = Hashes.sha3_256Hash(a.bytes(), b.bytes());
        Hash256 cc = Hashes.sha3_256Hash(c.bytes(), c.bytes());
        // Act and Assert
        assertEquals(Hash256.ZERO, EntityHasher.blockTransactionsHash(List.of()));
        assertEquals(a, EntityHasher.blockTransactionsHash(List.of(a)));
        assertEquals(ab, EntityHasher.blockTransactionsHash(List.of(a, b)));
        assertEquals(Hashes.sha3_256Hash(ab.bytes(), cc.bytes()), EntityHasher.blockTransactionsHash(List.of(a, b, c)));
        assertNotEquals(EntityHasher.blockTransactionsHash(List.of(a, b)), EntityHasher.blockTransactionsHash(List.of(b, a)));
    }

    @ParameterizedTest(name = "{0} leaves")
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 9, 16, 33})
    void everyLeafsMerklePathFoldsToTheBlockTransactionsHash(int count) {
        // Arrange
        List<Hash256> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(Hashes.sha3_256Hash(new byte[] {(byte) i}));
        }
        Hash256 root = EntityHasher.blockTransactionsHash(leaves);

        for (int index = 0; index < count; index++) {
            // Act
            List<EntityHasher.MerkleStep> path = EntityHasher.merklePath(leaves, index);

            // Assert: the path has one step per level and proves the leaf, and no other leaf
            assertEquals(32 - Integer.numberOfLeadingZeros(count - 1), path.size(), "levels for " + count);
            assertEquals(root, fold(leaves.get(index), path), "leaf " + index);
            assertNotEquals(root, fold(Hash256.ZERO, path), "a foreign leaf with the path of " + index);
        }
    }

    @Test
    void aMerklePathNeedsALeafThatExists() {
        // Arrange
        List<Hash256> leaves = List.of(Hash256.ZERO);
        // Act and Assert
        assertEquals(List.of(), EntityHasher.merklePath(leaves, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> EntityHasher.merklePath(leaves, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> EntityHasher.merklePath(List.of(), 0));
    }

    private static Hash256 fold(Hash256 leaf, List<EntityHasher.MerkleStep> path) {
        Hash256 running = leaf;
        for (EntityHasher.MerkleStep step : path) {
            running = step.siblingOnRight() ? Hashes.sha3_256Hash(running.bytes(), step.sibling().bytes())
                    : Hashes.sha3_256Hash(step.sibling().bytes(), running.bytes());
        }
        return running;
    }

    @Test
    void theBlockHashCoversTheV3RegionOnly() {
        // Arrange
        byte[] v4 = encode(TestEntities.blockHeader(4, COSIGNER));
        byte[] expected = Hashes.sha3_256(java.util.Arrays.copyOfRange(v4, 4, 36), java.util.Arrays.copyOfRange(v4, 68, 100),
                java.util.Arrays.copyOfRange(v4, 100, 302));
        byte[] roundChanged = v4.clone();
        roundChanged[305] ^= 1;
        byte[] heightChanged = v4.clone();
        heightChanged[106] ^= 1;
        byte[] rChanged = v4.clone();
        rChanged[20] ^= 1;
        byte[] sChanged = v4.clone();
        sChanged[40] ^= 1;
        // Act
        Hash256 hash = EntityHasher.blockHash(v4);
        // Assert
        assertEquals(Hex.encode(expected), hash.toHex());
        assertEquals(hash, EntityHasher.blockHash(TestEntities.blockHeader(4, COSIGNER)));
        assertEquals(hash, EntityHasher.blockHash(roundChanged));
        assertEquals(hash, EntityHasher.blockHash(v4.clone()));
        assertNotEquals(hash, EntityHasher.blockHash(heightChanged));
        assertNotEquals(hash, EntityHasher.blockHash(rChanged));
        assertEquals(hash, EntityHasher.blockHash(sChanged), "only R of the signature is hashed");
    }

    @Test
    void blockGenerationHashChainsThePreviousOneWithTheSigner() {
        // Arrange
        Hash256 previous = GENERATION_HASH;
        // Act and Assert
        assertEquals(Hashes.sha3_256Hash(previous.bytes(), COSIGNER.bytes()),
                EntityHasher.blockGenerationHash(previous, COSIGNER));
    }

    @Test
    void innerTransactionHashInsertsTheAggregateDeadline() {
        // Arrange
        AggregateTransaction aggregate = AggregateTransaction.decode(aggregateVector());
        EmbeddedTransaction inner = aggregate.transactions().get(0);
        byte[] bytes = inner.encode();
        byte[] deadline = {0x00, 0x64, 0x33, (byte) 0xF3, 0x38, 0, 0, 0};
        byte[] expected = Hashes.sha3_256(inner.header().signer().bytes(), GENERATION_HASH.bytes(),
                java.util.Arrays.copyOfRange(bytes, 36, 42), deadline, java.util.Arrays.copyOfRange(bytes, 42, bytes.length));
        // Act
        Hash256 hash = EntityHasher.innerTransactionHash(inner, Timestamp.of(0x38F3336400L), GENERATION_HASH);
        // Assert
        assertEquals(Hex.encode(expected), hash.toHex());
        assertNotEquals(hash, EntityHasher.innerTransactionHash(inner, Timestamp.of(1), GENERATION_HASH));
    }

    private static byte[] encode(BlockHeader header) {
        io.sirius.api.codec.BinaryWriter out = new io.sirius.api.codec.BinaryWriter(header.headerSize());
        header.encode(out);
        return out.toByteArray();
    }
}
