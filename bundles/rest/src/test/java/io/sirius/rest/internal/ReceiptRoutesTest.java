package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.crypto.Hashes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
 * {@code /block/{height}/receipts} and {@code /block/{height}/receipt/{hash}/merkle} on a real node ({@link TestNode}):
 * the shapes of {@code StatementsDTO}, the harvest fee of every block, and statement hashes computed here from the
 * JSON alone (Sirius's layout: a transaction statement is version u32 1 | 0xE143 | source | each receipt as version
 * u32 | type u16 | body) whose Merkle paths lead to the block's {@code blockReceiptsHash}.
 */
class ReceiptRoutesTest {
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

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] u64(JsonNode node) {
        return le(8).putLong(Dto.u64(node)).array();
    }

    /** A receipt's bytes after its size, from its JSON. */
    private static byte[] receipt(JsonNode r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(le(6).putInt(r.get("version").asInt()).putShort((short) r.get("type").asInt()).array());
        if (r.has("artifactId")) {
            JsonNode id = r.get("artifactId");
            out.writeBytes(id.isArray() ? u64(id) : Hex.decode(id.asText()));
            return out.toByteArray();
        }
        switch (r.get("type").asInt() >>> 12) {
            case 1 -> {
                out.writeBytes(Hex.decode(r.get("sender").asText()));
                out.writeBytes(Hex.decode(r.get("recipient").asText()));
                out.writeBytes(u64(r.get("mosaicId")));
                out.writeBytes(u64(r.get("amount")));
            }
            case 2, 3 -> {
                out.writeBytes(Hex.decode(r.get("account").asText()));
                out.writeBytes(u64(r.get("mosaicId")));
                out.writeBytes(u64(r.get("amount")));
            }
            default -> throw new AssertionError("a receipt shape this test does not know: " + r);
        }
        return out.toByteArray();
    }

    private static Hash256 transactionStatementHash(JsonNode statement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(le(14).putInt(1).putShort((short) 0xE143).putInt(statement.get("source").get("primaryId").asInt())
                .putInt(statement.get("source").get("secondaryId").asInt()).array());
        statement.get("receipts").forEach(r -> out.writeBytes(receipt(r)));
        return Hashes.sha3_256Hash(out.toByteArray());
    }

    private static Hash256 mosaicResolutionHash(JsonNode statement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(le(4).putShort((short) 1).putShort((short) 0xF243).array());
        out.writeBytes(u64(statement.get("unresolved")));
        for (JsonNode entry : statement.get("resolutionEntries")) {
            out.writeBytes(u64(entry.get("resolved")));
            out.writeBytes(le(8).putInt(entry.get("source").get("primaryId").asInt())
                    .putInt(entry.get("source").get("secondaryId").asInt()).array());
        }
        return Hashes.sha3_256Hash(out.toByteArray());
    }

    @Test
    void everyBlocksStatementsHaveTheSdksShapeAndTheHarvestFee() {
        for (long h = 1; h <= node.history.height(); h++) {
            // Act
            TestNode.Answer answer = node.get("/block/" + h + "/receipts");
            JsonNode block = node.get("/block/" + h).json();

            // Assert
            assertEquals(200, answer.status(), answer::toString);
            Dto.assertShape(answer.json(), "transactionStatements:array", "addressResolutionStatements:array",
                    "mosaicResolutionStatements:array");
            JsonNode statements = answer.json().get("transactionStatements");
            int count = statements.size() + answer.json().get("addressResolutionStatements").size()
                    + answer.json().get("mosaicResolutionStatements").size();
            assertEquals(count, block.get("meta").get("numStatements").asInt());
            for (JsonNode statement : statements) {
                Dto.assertShape(statement, "height:u64", "source.primaryId:int", "source.secondaryId:int", "receipts:array");
                assertEquals(h, Dto.u64(statement.get("height")));
                for (JsonNode receipt : statement.get("receipts")) {
                    Dto.assertShape(receipt, "version:int", "type:int");
                }
            }
            JsonNode blockStatement = statements.get(0);
            assertEquals(0, blockStatement.get("source").get("primaryId").asInt(), "the block's own statement first");
            JsonNode fee = blockStatement.get("receipts").get(0);
            Dto.assertShape(fee, "account:key", "mosaicId:u64", "amount:u64");
            assertEquals(0x2143, fee.get("type").asInt());
            assertEquals(1, fee.get("version").asInt());
            assertEquals(block.get("block").get("signer").asText(), fee.get("account").asText(), "the harvester");
            assertEquals(Dto.u64(block.get("meta").get("totalFee")), Dto.u64(fee.get("amount")));
        }
    }

    @Test
    void eachStatementsPathLeadsToTheBlocksReceiptsHash() {
        for (long h = 1; h <= node.history.height(); h++) {
            // Arrange
            JsonNode receipts = node.get("/block/" + h + "/receipts").json();
            String root = node.get("/block/" + h).json().get("block").get("blockReceiptsHash").asText();
            List<Hash256> hashes = new ArrayList<>();
            receipts.get("transactionStatements").forEach(s -> hashes.add(transactionStatementHash(s)));
            receipts.get("mosaicResolutionStatements").forEach(s -> hashes.add(mosaicResolutionHash(s)));
            assertTrue(receipts.get("addressResolutionStatements").isEmpty(), "the history resolves no address alias");
            assertFalse(hashes.isEmpty());

            for (Hash256 hash : hashes) {
                // Act
                TestNode.Answer answer = node.get("/block/" + h + "/receipt/" + hash.toHex() + "/merkle");

                // Assert
                assertEquals(200, answer.status(), answer::toString);
                assertEquals("merkleProofInfo", answer.json().get("type").asText());
                assertEquals(root, Dto.foldMerklePath(hash, answer.json().get("payload").get("merklePath")).toHex(),
                        "block " + h);
            }
        }
    }

    @Test
    void unknownBlocksAndStatementsAreNotFound() {
        // Act
        TestNode.Answer beyond = node.get("/block/" + (node.history.height() + 1) + "/receipts");
        TestNode.Answer noStatement = node.get("/block/1/receipt/" + Hash256.ZERO.toHex() + "/merkle");
        TestNode.Answer noBlock = node.get("/block/" + (node.history.height() + 1) + "/receipt/" + Hash256.ZERO.toHex()
                + "/merkle");

        // Assert
        Dto.assertError(beyond, 404, "ResourceNotFound");
        Dto.assertError(noStatement, 404, "ResourceNotFound");
        Dto.assertError(noBlock, 404, "ResourceNotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/block/0/receipts", "/block/x/receipts", "/block/1/receipt/XYZ/merkle",
        "/block/1/receipt/00/merkle", "/block/abc/receipt/0000000000000000000000000000000000000000000000000000000000000000/merkle"})
    void badHeightsAndHashesAreInvalidArguments(String path) {
        // Act and Assert
        Dto.assertError(node.get(path), 409, "InvalidArgument");
    }
}
