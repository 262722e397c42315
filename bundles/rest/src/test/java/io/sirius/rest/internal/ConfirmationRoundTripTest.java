package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.model.Hash256;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a wallet sees from announcement to confirmation on a real node ({@link TestNode}, a fresh one per test since
 * each harvests a block): statuses, the confirmed transaction's JSON and place, the block, the counts and balances.
 */
class ConfirmationRoundTripTest {
    @TempDir
    Path directory;

    private static long count(TestNode node, int type) {
        TestNode.Answer answer = node.post("/transactions/count", "{\"transactionTypes\":[" + type + "]}");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().get(0).get("count").asLong();
    }

    private static long balance(TestNode node, String address) {
        return Dto.u64(node.get("/account/" + address).json().get("account").get("mosaics").get(0).get("amount"));
    }

    @Test
    void aTransferAnnouncedIsConfirmedInTheNextBlockAndCountedOnce() throws Exception {
        try (TestNode node = TestNode.start(directory)) {
            // Arrange: the counts read once before, so the next read must add the new block only
            String bob = TestNode.address(node.bob()).plain();
            JsonNode storageBefore = node.get("/diagnostic/storage").json();
            long transfersBefore = count(node, 0x4154);
            long bobBefore = balance(node, bob);
            byte[] transfer = node.transfer(node.alice(), TestNode.address(node.bob()), 4_321);
            Hash256 hash = TestNode.hash(transfer);
            assertEquals(202, node.put("/transactions", TestNode.payloadBody(transfer)).status());

            // Act
            long height = node.harvest();

            // Assert
            assertEquals(node.history.height() + 1, height);
            JsonNode status = node.get("/transactionStatus/" + hash.toHex()).json();
            assertEquals("confirmed", status.get("group").asText());
            assertEquals("Success", status.get("status").asText());
            assertEquals(height, Dto.u64(status.get("height")));
            JsonNode confirmed = node.get("/transactions/confirmed/" + hash.toHex()).json();
            ConfirmedTransactionRoutesTest.assertTransactionInfo(confirmed);
            assertEquals(height, Dto.u64(confirmed.get("meta").get("height")));
            assertEquals(0, confirmed.get("meta").get("index").asInt());
            Dto.assertError(node.get("/transactions/unconfirmed/" + hash.toHex()), 404, "ResourceNotFound");
            assertEquals(height, Dto.u64(node.get("/chain/height").json().get("height")));
            JsonNode block = node.get("/block/" + height).json();
            assertEquals(1, block.get("meta").get("numTransactions").asInt());
            assertEquals(hash.toHex(), block.get("block").get("blockTransactionsHash").asText(), "a tree of one leaf");
            assertEquals(0, node.get("/block/" + height + "/transaction/" + hash.toHex() + "/merkle").json().get("payload")
                    .get("merklePath").size());
            JsonNode storage = node.get("/diagnostic/storage").json();
            assertEquals(storageBefore.get("numBlocks").asLong() + 1, storage.get("numBlocks").asLong());
            assertEquals(storageBefore.get("numTransactions").asLong() + 1, storage.get("numTransactions").asLong());
            assertEquals(transfersBefore + 1, count(node, 0x4154));
            assertEquals(bobBefore + 4_321, balance(node, bob));
        }
    }

    @Test
    void aBondedAggregateCompletedByADetachedCosignatureIsConfirmedWithIt() throws Exception {
        try (TestNode node = TestNode.start(directory)) {
            // Arrange
            byte[] aggregate = node.bondedAliceAndBob();
            Hash256 hash = TestNode.hash(aggregate);
            Cosignature bob = node.cosign(node.bob(), hash);
            assertEquals(202, node.put("/transactions/partial", TestNode.payloadBody(aggregate)).status());
            assertEquals(202, node.put("/transactions/cosignature", "{\"parentHash\":\"" + hash.toHex()
                    + "\",\"signature\":\"" + bob.signature().toHex() + "\",\"signer\":\"" + bob.signer().toHex()
                    + "\",\"scheme\":" + bob.scheme().code() + "}").status());
            long bondedBefore = count(node, 0x4241);

            // Act
            long height = node.harvest();

            // Assert
            JsonNode confirmed = node.get("/transactions/confirmed/" + hash.toHex()).json();
            assertEquals(height, Dto.u64(confirmed.get("meta").get("height")));
            assertNotEquals(hash.toHex(), confirmed.get("meta").get("merkleComponentHash").asText(),
                    "an aggregate's leaf covers its cosigners");
            assertEquals(confirmed.get("meta").get("merkleComponentHash").asText(),
                    node.get("/block/" + height).json().get("block").get("blockTransactionsHash").asText());
            JsonNode cosignatures = confirmed.get("transaction").get("cosignatures");
            assertEquals(1, cosignatures.size());
            assertEquals(bob.signer().toHex(), cosignatures.get(0).get("signer").asText());
            assertEquals("confirmed", node.get("/transactionStatus/" + hash.toHex()).json().get("group").asText());
            assertEquals(bondedBefore + 1, count(node, 0x4241));
        }
    }
}
