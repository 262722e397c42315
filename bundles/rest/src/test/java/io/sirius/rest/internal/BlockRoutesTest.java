package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.Transaction;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.crypto.EntityHasher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /block/{height}}, {@code /blocks/{height}/limit/{limit}} and {@code /block/{height}/transaction/{hash}/merkle}
 * on a real node ({@link TestNode}): the nemesis block, the SDK vectors' block and two blocks of devnet transfers, one
 * with a cosigned aggregate.
 */
class BlockRoutesTest {
    @TempDir
    static Path directory;
    static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(directory);
    }

    @AfterAll
    static void stop() throws Exception {
        node.close();
    }

    /** The leaves of a block's transactions tree, from the bytes the test put into it. */
    private static List<Hash256> leaves(long height) {
        List<Hash256> leaves = new ArrayList<>();
        for (byte[] payload : node.history.blocks.get(height)) {
            Hash256 hash = TestNode.hash(payload);
            if (EntityTypes.isAggregate(Transaction.decode(payload).header().type())) {
                leaves.add(EntityHasher.merkleComponentHash(hash, AggregateTransaction.decode(payload).cosignatures().stream()
                        .map(Cosignature::signer).toList()));
            } else {
                leaves.add(hash);
            }
        }
        return leaves;
    }

    @Test
    void everyBlockHasTheBlockInfoShapeAndLinksToItsParent() {
        String parent = null;
        for (long h = 1; h <= node.history.height(); h++) {
            // Act
            TestNode.Answer answer = node.get("/block/" + h);

            // Assert
            assertEquals(200, answer.status(), answer::toString);
            Dto.assertShape(answer.json(), "meta.hash:hash", "meta.generationHash:hash", "meta.subCacheMerkleRoots:array",
                    "meta.totalFee:u64", "meta.numTransactions:int", "meta.numStatements:int", "block.signature:signature",
                    "block.signer:key", "block.version:int", "block.type:int", "block.height:u64", "block.timestamp:u64",
                    "block.difficulty:u64", "block.feeMultiplier:int", "block.previousBlockHash:hash",
                    "block.blockTransactionsHash:hash", "block.blockReceiptsHash:hash", "block.stateHash:hash",
                    "block.beneficiary:key", "block.feeInterest:int", "block.feeInterestDenominator:int");
            JsonNode meta = answer.json().get("meta");
            JsonNode block = answer.json().get("block");
            assertEquals(h, Dto.u64(block.get("height")));
            assertEquals(node.history.blocks.get(h).size(), meta.get("numTransactions").asInt());
            assertEquals(EntityHasher.blockTransactionsHash(leaves(h)).toHex(), block.get("blockTransactionsHash").asText());
            assertEquals(0x90000003L, block.get("version").asLong(), "mijinTest, version 3, as a uint32");
            assertEquals(h == 1 ? 0x8043 : 0x8143, block.get("type").asInt(), "nemesis block, then blocks");
            if (parent != null) {
                assertEquals(parent, block.get("previousBlockHash").asText());
                assertEquals(node.harvester().publicKey().toHex(), block.get("signer").asText());
            }
            parent = meta.get("hash").asText();
        }
    }

    @Test
    void anUnknownBlockIsResourceNotFoundNamingTheHeightAsAsked() {
        // Act
        TestNode.Answer next = node.get("/block/" + (node.history.height() + 1));
        TestNode.Answer largest = node.get("/block/18446744073709551615");

        // Assert
        Dto.assertError(next, 404, "ResourceNotFound");
        assertTrue(next.json().get("message").asText().contains("'" + (node.history.height() + 1) + "'"), next::toString);
        Dto.assertError(largest, 404, "ResourceNotFound");
        assertTrue(largest.json().get("message").asText().contains("'18446744073709551615'"), largest::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1e3", "18446744073709551616", "%20"})
    void aBlockAtAnInvalidHeightIsAnInvalidArgument(String height) {
        // Act
        TestNode.Answer answer = node.get("/block/" + height);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }

    @Test
    void blocksFromAHeightStopAtTheLimitOrTheTip() {
        // Act
        TestNode.Answer two = node.get("/blocks/2/limit/2");
        TestNode.Answer toTip = node.get("/blocks/3/limit/100");
        TestNode.Answer beyond = node.get("/blocks/" + (node.history.height() + 1) + "/limit/10");

        // Assert
        assertEquals(200, two.status(), two::toString);
        assertEquals(List.of(2L, 3L), heights(two.json()));
        assertEquals(node.get("/block/2").json(), two.json().get(0), "the same BlockInfo as /block/{height}");
        assertEquals(List.of(3L, 4L), heights(toTip.json()));
        assertEquals(200, beyond.status());
        assertEquals(0, beyond.json().size());
    }

    private static List<Long> heights(JsonNode blocks) {
        List<Long> out = new ArrayList<>();
        blocks.forEach(b -> out.add(Dto.u64(b.get("block").get("height"))));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/blocks/1/limit/0", "/blocks/1/limit/101", "/blocks/1/limit/x", "/blocks/0/limit/10",
        "/blocks/x/limit/10", "/blocks/1/limit/-5"})
    void blocksWithAnInvalidHeightOrLimitAreAnInvalidArgument(String path) {
        // Act
        TestNode.Answer answer = node.get(path);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }

    @Test
    void everyTransactionsMerklePathFoldsToItsBlocksTransactionsHash() {
        for (long h = 1; h <= node.history.height(); h++) {
            Hash256 root = Hash256.fromHex(node.get("/block/" + h).json().get("block").get("blockTransactionsHash").asText());
            List<Hash256> leaves = leaves(h);
            List<byte[]> payloads = node.history.blocks.get(h);
            for (int i = 0; i < payloads.size(); i++) {
                // Act
                Hash256 hash = TestNode.hash(payloads.get(i));
                TestNode.Answer answer = node.get("/block/" + h + "/transaction/" + hash.toHex() + "/merkle");

                // Assert
                assertEquals(200, answer.status(), answer::toString);
                Dto.assertShape(answer.json(), "payload.merklePath:array", "type:string");
                for (JsonNode step : answer.json().get("payload").get("merklePath")) {
                    Dto.assertShape(step, "position:int", "hash:hash");
                }
                assertEquals(root, Dto.foldMerklePath(leaves.get(i), answer.json().get("payload").get("merklePath")),
                        "block " + h + " transaction " + i);
            }
        }
    }

    @Test
    void aCosignedAggregatesLeafIsItsMerkleComponentHashNotItsHash() {
        // Arrange
        Hash256 aggregate = node.history.cosignedAggregate;
        String merkleComponentHash = node.get("/transactions/confirmed/" + aggregate.toHex()).json().get("meta")
                .get("merkleComponentHash").asText();
        Hash256 root = Hash256.fromHex(node.get("/block/4").json().get("block").get("blockTransactionsHash").asText());

        // Act
        TestNode.Answer answer = node.get("/block/4/transaction/" + aggregate.toHex() + "/merkle");

        // Assert
        assertNotEquals(aggregate.toHex(), merkleComponentHash);
        assertEquals(root, Dto.foldMerklePath(Hash256.fromHex(merkleComponentHash),
                answer.json().get("payload").get("merklePath")));
    }

    @Test
    void aMerklePathForATransactionOfAnotherBlockOrAnUnknownBlockIsNotFound() {
        // Arrange
        String inBlockThree = TestNode.hash(node.history.blocks.get(3L).get(0)).toHex();

        // Act
        TestNode.Answer otherBlock = node.get("/block/4/transaction/" + inBlockThree + "/merkle");
        TestNode.Answer unknownBlock = node.get("/block/9/transaction/" + inBlockThree + "/merkle");

        // Assert
        Dto.assertError(otherBlock, 404, "ResourceNotFound");
        Dto.assertError(unknownBlock, 404, "ResourceNotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/block/0/transaction/%s/merkle", "/block/x/transaction/%s/merkle",
        "/block/3/transaction/ABC/merkle", "/block/3/transaction/%sZZ/merkle"})
    void aMerklePathWithABadHeightOrHashIsAnInvalidArgument(String template) {
        // Arrange
        String hash = TestNode.hash(node.history.blocks.get(3L).get(0)).toHex();
        String path = String.format(template, template.contains("ZZ") ? hash.substring(2) : hash);

        // Act
        TestNode.Answer answer = node.get(path);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }

    @Test
    void lowerCaseHashesAreAccepted() {
        // Arrange
        String hash = TestNode.hash(node.history.blocks.get(3L).get(0)).toHex().toLowerCase(java.util.Locale.ROOT);

        // Act
        TestNode.Answer answer = node.get("/block/3/transaction/" + hash + "/merkle");

        // Assert
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(Hex.decode(hash).length == 32);
    }
}
