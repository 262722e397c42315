package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.entity.Transaction;
import io.sirius.api.model.Address;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.Ids;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Confirmed transactions on a real node ({@link TestNode}): {@code GET /transactions/confirmed/{id}},
 * {@code POST /transactions/confirmed}, {@code GET|POST /transactionStatus}, {@code POST /transactions/count} and
 * {@code GET /diagnostic/storage}. Block 2 holds the TypeScript SDK's signed golden vectors, so the JSON checked is
 * what the SDK's {@code CreateTransactionFromDTO} gets for bytes the SDK itself signed.
 */
class ConfirmedTransactionRoutesTest {
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

    private static JsonNode vector(String name) {
        for (JsonNode t : TestNode.VECTORS.get("transactions")) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Address vectorRecipient() {
        return Addresses.of(KeyPair.of(PrivateKey.fromHex(TestNode.VECTORS.get("inputs").get("recipientPrivateKey").asText()),
                DerivationScheme.ED25519_SHA3).publicKey(), TestNode.NETWORK);
    }

    /** Asserts a top-level {@code TransactionInfoDTO}: meta and the header fields every transaction has. */
    static void assertTransactionInfo(JsonNode info) {
        Dto.assertShape(info, "meta.height:u64", "meta.index:int", "meta.id:string", "meta.hash:hash",
                "meta.merkleComponentHash:hash", "transaction.signature:signature", "transaction.signer:key",
                "transaction.version:int", "transaction.type:int", "transaction.maxFee:u64", "transaction.deadline:u64",
                "transaction.size:int");
        assertEquals(24, info.get("meta").get("id").asText().length(), "an id of a database id's length");
        assertTrue(info.get("transaction").get("version").asLong() > 0, "a uint32, never negative");
    }

    @Test
    void eachSdkVectorIsShownWithItsOwnHeaderFieldsAndItsPlaceInBlockTwo() {
        List<byte[]> block = node.history.blocks.get(2L);
        for (Map.Entry<String, Hash256> e : node.history.vectorHashes.entrySet()) {
            // Arrange
            JsonNode vector = vector(e.getKey());
            int index = indexOf(block, e.getValue());

            // Act
            TestNode.Answer answer = node.get("/transactions/confirmed/" + e.getValue().toHex());

            // Assert
            assertEquals(200, answer.status(), answer::toString);
            assertTransactionInfo(answer.json());
            JsonNode meta = answer.json().get("meta");
            JsonNode t = answer.json().get("transaction");
            assertEquals(vector.get("hash").asText(), meta.get("hash").asText(), e.getKey());
            assertEquals(2, Dto.u64(meta.get("height")));
            assertEquals(index, meta.get("index").asInt());
            assertEquals(vector.get("signature").asText(), t.get("signature").asText());
            assertEquals(vector.get("signer").asText(), t.get("signer").asText());
            assertEquals(Long.parseLong(vector.get("versionField").get("uint32").asText().substring(2), 16),
                    t.get("version").asLong());
            assertEquals(Integer.parseInt(vector.get("type").asText().substring(2), 16), t.get("type").asInt());
            assertEquals(Long.parseLong(vector.get("maxFee").asText(), 16), Dto.u64(t.get("maxFee")));
            assertEquals(Long.parseLong(vector.get("deadline").asText(), 16), Dto.u64(t.get("deadline")));
            assertEquals(vector.get("size").asInt(), t.get("size").asInt());
        }
    }

    private static int indexOf(List<byte[]> block, Hash256 hash) {
        return IntStream.range(0, block.size()).filter(i -> TestNode.hash(block.get(i)).equals(hash)).findFirst()
                .orElseThrow();
    }

    @Test
    void aTransferShowsItsRecipientAsHexItsAliasAndItsMessage() {
        // Act
        JsonNode t = node.get("/transactions/confirmed/" + node.history.vectorHashes.get("transfer_plain_message_xpx_v1")
                .toHex()).json().get("transaction");

        // Assert
        Dto.assertShape(t, "recipient:address", "mosaics:array", "message.type:int", "message.payload:hex");
        assertEquals(vectorRecipient().toHex(), t.get("recipient").asText());
        assertEquals(1, t.get("mosaics").size());
        Dto.assertShape(t.get("mosaics").get(0), "id:u64", "amount:u64");
        assertEquals(Ids.namespaceId("prx.xpx").value(), Dto.u64(t.get("mosaics").get(0).get("id")),
                "the alias as signed, its top bit set");
        assertEquals(1_000_000, Dto.u64(t.get("mosaics").get(0).get("amount")));
        assertEquals(0, t.get("message").get("type").asInt());
        assertEquals("Hello Sirius", new String(Hex.decode(t.get("message").get("payload").asText()),
                StandardCharsets.UTF_8));
    }

    @Test
    void namespaceAndMosaicDefinitionsShowTheirPluginsFields() {
        // Act
        JsonNode root = node.get("/transactions/confirmed/" + node.history.vectorHashes.get("register_root_namespace_v1")
                .toHex()).json().get("transaction");
        JsonNode sub = node.get("/transactions/confirmed/" + node.history.vectorHashes.get("register_sub_namespace_v1")
                .toHex()).json().get("transaction");
        JsonNode mosaic = node.get("/transactions/confirmed/" + node.history.vectorHashes.get("mosaic_definition_v1")
                .toHex()).json().get("transaction");

        // Assert
        Dto.assertShape(root, "namespaceType:int", "name:string", "namespaceId:u64", "duration:u64");
        assertEquals("sirius-harness", root.get("name").asText());
        assertEquals(1000, Dto.u64(root.get("duration")));
        Dto.assertShape(sub, "namespaceType:int", "name:string", "namespaceId:u64", "parentId:u64");
        assertEquals(Dto.u64(root.get("namespaceId")), Dto.u64(sub.get("parentId")));
        Dto.assertShape(mosaic, "mosaicNonce:int", "mosaicId:u64", "properties:array");
        assertEquals(42, mosaic.get("mosaicNonce").asInt());
        assertEquals(Ids.mosaicId(42, TestNode.VECTOR_V1.publicKey()).value(), Dto.u64(mosaic.get("mosaicId")));
        for (JsonNode property : mosaic.get("properties")) {
            Dto.assertShape(property, "id:int", "value:u64");
        }
    }

    @Test
    void anAggregateListsItsEmbeddedTransactionsWithAggregateMetaAndItsCosignatures() {
        // Act
        TestNode.Answer vector = node.get("/transactions/confirmed/"
                + node.history.vectorHashes.get("aggregate_complete_v2type_one_transfer_v1").toHex());
        TestNode.Answer cosigned = node.get("/transactions/confirmed/" + node.history.cosignedAggregate.toHex());

        // Assert
        for (TestNode.Answer answer : List.of(vector, cosigned)) {
            assertTransactionInfo(answer.json());
            JsonNode t = answer.json().get("transaction");
            Dto.assertShape(t, "transactions:array", "cosignatures:array");
            for (int i = 0; i < t.get("transactions").size(); i++) {
                JsonNode inner = t.get("transactions").get(i);
                Dto.assertShape(inner, "meta.height:u64", "meta.aggregateHash:hash", "meta.aggregateId:string",
                        "meta.index:int", "meta.id:string", "meta.uniqueAggregateHash:hash", "transaction.signer:key",
                        "transaction.version:int", "transaction.type:int", "transaction.recipient:address");
                assertEquals(answer.json().get("meta").get("hash"), inner.get("meta").get("aggregateHash"));
                assertEquals(answer.json().get("meta").get("id"), inner.get("meta").get("aggregateId"));
                assertEquals(i, inner.get("meta").get("index").asInt());
                assertFalse(inner.get("meta").has("hash"), "embedded transactions carry aggregateHash instead");
            }
        }
        assertEquals(0, vector.json().get("transaction").get("cosignatures").size());
        JsonNode cosignatures = cosigned.json().get("transaction").get("cosignatures");
        assertEquals(1, cosignatures.size());
        Dto.assertShape(cosignatures.get(0), "signer:key", "signature:signature");
        assertEquals(node.bob().publicKey().toHex(), cosignatures.get(0).get("signer").asText());
        assertEquals(2, cosigned.json().get("transaction").get("transactions").size());
    }

    @Test
    void aLowerCaseHashFindsTheSameTransaction() {
        // Arrange
        Hash256 hash = node.history.vectorHashes.get("transfer_plain_message_xpx_v2");

        // Act
        TestNode.Answer lower = node.get("/transactions/confirmed/" + hash.toHex().toLowerCase(Locale.ROOT));

        // Assert
        assertEquals(node.get("/transactions/confirmed/" + hash.toHex()).json(), lower.json());
    }

    @Test
    void theIdInMetaFindsTheTransactionAsItsHashDoes() {
        // Arrange
        Hash256 hash = TestNode.hash(node.history.blocks.get(3L).get(7));
        JsonNode byHash = node.get("/transactions/confirmed/" + hash.toHex()).json();
        String id = byHash.get("meta").get("id").asText();

        // Act
        TestNode.Answer byId = node.get("/transactions/confirmed/" + id);
        TestNode.Answer posted = node.post("/transactions/confirmed", "{\"transactionIds\":[\"" + id + "\"]}");

        // Assert
        assertEquals(200, byId.status(), byId::toString);
        assertEquals(byHash, byId.json());
        assertEquals(byHash, posted.json().get(0));
    }

    @Test
    void anIdOfNoTransactionIsNotFound() {
        // Act: height 3 has 12 transactions, height 99 none
        TestNode.Answer pastTheBlock = node.get("/transactions/confirmed/00000000000000030000000C");
        TestNode.Answer noBlock = node.get("/transactions/confirmed/000000000000006300000000");

        // Assert
        Dto.assertError(pastTheBlock, 404, "ResourceNotFound");
        Dto.assertError(noBlock, 404, "ResourceNotFound");
    }

    @Test
    void anUnknownHashIsNotFoundInEveryGroup() {
        // Arrange
        String unknown = "AB".repeat(32);

        // Act + Assert
        for (String group : List.of("confirmed", "unconfirmed", "partial")) {
            TestNode.Answer answer = node.get("/transactions/" + group + "/" + unknown);
            Dto.assertError(answer, 404, "ResourceNotFound");
            assertTrue(answer.json().get("message").asText().contains(unknown));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "ZZ", "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEG",
        "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF00", "00000000000000030000000G"})
    void aMalformedIdIsAnInvalidArgument(String id) {
        // Act
        TestNode.Answer answer = node.get("/transactions/confirmed/" + id);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }

    @Test
    void anUnknownGroupIsNotFoundForEveryTransactionsRoute() {
        // Arrange
        String hash = node.history.vectorHashes.get("transfer_plain_message_xpx_v1").toHex();

        // Act
        TestNode.Answer get = node.get("/transactions/spent/" + hash);
        TestNode.Answer search = node.get("/transactions/spent");
        TestNode.Answer post = node.post("/transactions/spent", "{\"transactionIds\":[\"" + hash + "\"]}");
        TestNode.Answer postNothing = node.post("/transactions/spent", "{\"transactionIds\":[]}");

        // Assert: js-xpx-chain-rest answers an unknown group as an unknown route
        Dto.assertError(get, 404, "ResourceNotFound");
        Dto.assertError(search, 404, "ResourceNotFound");
        Dto.assertError(post, 404, "ResourceNotFound");
        Dto.assertError(postNothing, 404, "ResourceNotFound");
    }

    @Test
    void postingIdsAnswersTheKnownOnesInTheOrderAsked() {
        // Arrange
        String first = TestNode.hash(node.history.blocks.get(4L).get(2)).toHex();
        String second = TestNode.hash(node.history.blocks.get(1L).get(0)).toHex();

        // Act
        TestNode.Answer ids = node.post("/transactions/confirmed", "{\"transactionIds\":[\"" + first + "\",\""
                + "CD".repeat(32) + "\",\"" + second + "\"]}");
        TestNode.Answer hashes = node.post("/transactions/confirmed", "{\"hashes\":[\"" + first + "\"]}");

        // Assert
        assertEquals(200, ids.status(), ids::toString);
        assertEquals(2, ids.json().size());
        assertEquals(first, ids.json().get(0).get("meta").get("hash").asText());
        assertEquals(second, ids.json().get(1).get("meta").get("hash").asText());
        ids.json().forEach(ConfirmedTransactionRoutesTest::assertTransactionInfo);
        assertEquals(200, hashes.status(), hashes::toString);
        assertEquals(ids.json().get(0), hashes.json().get(0), "js-xpx-chain-rest also takes \"hashes\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{}", "{\"transactionIds\":\"AB\"}", "{\"transactionIds\":[1]}",
        "{\"transactionIds\":[\"XY\"]}", "{\"transactionIds\":[],\"hashes\":[]}", "{\"a\":1,\"a\":2}", "nul"})
    void postingABadBodyIsAnInvalidArgument(String body) {
        // Act
        TestNode.Answer answer = node.post("/transactions/confirmed", body);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }

    @Test
    void postingMoreThanAHundredIdsIsAnInvalidArgument() {
        // Arrange
        String ids = IntStream.range(0, 101).mapToObj(i -> "\"" + "AB".repeat(32) + "\"").collect(Collectors.joining(","));

        // Act
        TestNode.Answer answer = node.post("/transactions/confirmed", "{\"transactionIds\":[" + ids + "]}");
        TestNode.Answer statuses = node.post("/transactionStatus", "{\"hashes\":[" + ids + "]}");

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
        Dto.assertError(statuses, 409, "InvalidArgument");
    }

    @Test
    void theStatusOfAConfirmedTransactionNamesItsHeightAndDeadline() {
        // Arrange
        JsonNode vector = vector("transfer_mosaic_id_no_message_v1");

        // Act
        TestNode.Answer answer = node.get("/transactionStatus/" + vector.get("hash").asText());

        // Assert
        assertEquals(200, answer.status(), answer::toString);
        Dto.assertShape(answer.json(), "group:string", "status:string", "hash:hash", "deadline:u64", "height:u64");
        assertEquals("confirmed", answer.json().get("group").asText());
        assertEquals("Success", answer.json().get("status").asText());
        assertEquals(vector.get("hash").asText(), answer.json().get("hash").asText());
        assertEquals(2, Dto.u64(answer.json().get("height")));
        assertEquals(Long.parseLong(vector.get("deadline").asText(), 16), Dto.u64(answer.json().get("deadline")));
    }

    @Test
    void statusesOfManyHashesListTheKnownOnes() {
        // Arrange
        String nemesis = TestNode.hash(node.history.blocks.get(1L).get(3)).toHex();
        String third = TestNode.hash(node.history.blocks.get(3L).get(11)).toHex();

        // Act
        TestNode.Answer answer = node.post("/transactionStatus", "{\"hashes\":[\"" + nemesis + "\",\"" + "EF".repeat(32)
                + "\",\"" + third + "\"]}");

        // Assert
        assertEquals(200, answer.status(), answer::toString);
        assertEquals(2, answer.json().size());
        assertEquals(nemesis, answer.json().get(0).get("hash").asText());
        assertEquals(1, Dto.u64(answer.json().get(0).get("height")));
        assertEquals(3, Dto.u64(answer.json().get(1).get("height")));
    }

    @Test
    void theStatusOfAnUnknownHashIsNotFoundAndABadHashAnInvalidArgument() {
        // Act
        TestNode.Answer unknown = node.get("/transactionStatus/" + "12".repeat(32));
        TestNode.Answer bad = node.get("/transactionStatus/12");
        TestNode.Answer badInList = node.post("/transactionStatus", "{\"hashes\":[\"12\"]}");
        TestNode.Answer noList = node.post("/transactionStatus", "{\"hash\":[]}");

        // Assert
        Dto.assertError(unknown, 404, "ResourceNotFound");
        Dto.assertError(bad, 409, "InvalidArgument");
        Dto.assertError(badInList, 409, "InvalidArgument");
        Dto.assertError(noList, 409, "InvalidArgument");
    }

    /** @return how many top-level transactions of each type the history confirmed */
    private static Map<Integer, Long> typesConfirmed() {
        Map<Integer, Long> out = new LinkedHashMap<>();
        for (byte[] payload : node.history.all()) {
            out.merge(Transaction.decode(payload).header().type().value(), 1L, Long::sum);
        }
        return out;
    }

    @Test
    void countsByTypeAgreeWithWhatTheBlocksConfirmed() {
        // Arrange
        Map<Integer, Long> expected = typesConfirmed();
        List<Integer> asked = List.of(0x4154, 0x414E, 0x414D, 0x424D, 0x434E, 0x4141, 0x4341, 0x4241, 0x4158);

        // Act
        TestNode.Answer answer = node.post("/transactions/count", "{\"transactionTypes\":" + asked + "}");

        // Assert
        assertEquals(200, answer.status(), answer::toString);
        assertEquals(asked.size(), answer.json().size());
        for (int i = 0; i < asked.size(); i++) {
            JsonNode row = answer.json().get(i);
            Dto.assertShape(row, "type:int", "count:int");
            assertEquals(asked.get(i), row.get("type").asInt(), "in the order asked");
            assertEquals(expected.getOrDefault(asked.get(i), 0L), row.get("count").asLong(), "type " + asked.get(i));
        }
        assertEquals(6 + 4 + 12 + 14, expected.get(0x4154), "nemesis funding, vectors, blocks 3 and 4: as the test wrote them");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"transactionTypes\":16724}", "{\"transactionTypes\":[\"16724\"]}",
        "{\"transactionTypes\":[-1]}", "{\"transactionTypes\":[65536]}", "{\"transactionTypes\":[16724.5]}",
        "{\"transactionTypes\":[]}", "{\"transactionTypes\":[true]}", "not json"})
    void countingWithABadBodyIsAnInvalidArgument(String body) {
        // Act
        TestNode.Answer answer = node.post("/transactions/count", body);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }

    @Test
    void storageCountsTheBlocksTransactionsAndAccounts() {
        // Arrange: the nemesis account, the harvester, alice, bob and carol, the vectors' v1 and v2 signers and their
        // recipient
        List<Address> accounts = new ArrayList<>(List.of(TestNode.address(node.harvester()), TestNode.address(node.alice()),
                TestNode.address(node.bob()), TestNode.address(node.carol()), TestNode.address(TestNode.VECTOR_V1),
                TestNode.address(TestNode.VECTOR_V2), vectorRecipient(),
                TestNode.address(node.node.network().orElseThrow().nemesisSigner())));
        String body = accounts.stream().map(a -> "\"" + a.plain() + "\"").collect(Collectors.joining(",", "{\"addresses\":[",
                "]}"));

        // Act
        TestNode.Answer answer = node.get("/diagnostic/storage");

        // Assert
        assertEquals(200, answer.status(), answer::toString);
        Dto.assertShape(answer.json(), "numBlocks:int", "numTransactions:int", "numAccounts:int");
        assertEquals(node.history.height(), answer.json().get("numBlocks").asLong());
        assertEquals(node.history.all().size(), answer.json().get("numTransactions").asLong(), "top-level transactions");
        assertEquals(accounts.size(), node.post("/account", body).json().size(), "each of them is known");
        assertEquals(accounts.size(), answer.json().get("numAccounts").asLong());
    }
}
