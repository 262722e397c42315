package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.model.Hash256;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /transactions/{group}} with the SDK's {@code TransactionQueryParams}, and the unconfirmed and partial
 * groups' lookups, on a real node ({@link TestNode}). Confirmed: 48 transactions in 4 blocks (11 in the nemesis
 * block, the SDK's 10 vectors, alice's 25 transfers to bob in blocks 3 and 4, bob's to carol and an aggregate alice
 * signed with transfers to carol from her and bob). Unconfirmed: three transfers announced by the test. Partial: one
 * bonded aggregate of alice's waiting for bob.
 */
class TransactionSearchTest {
    @TempDir
    static Path directory;
    static TestNode node;
    static final List<Hash256> UNCONFIRMED = new ArrayList<>();
    static Hash256 bonded;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(directory);
        for (byte[] payload : List.of(node.transfer(node.carol(), TestNode.address(node.alice()), 1),
                node.transfer(node.carol(), TestNode.address(node.bob()), 2),
                node.transfer(node.bob(), TestNode.address(node.carol()), 3))) {
            assertEquals(202, node.put("/transactions", TestNode.payloadBody(payload)).status());
            UNCONFIRMED.add(TestNode.hash(payload));
        }
        byte[] aggregate = node.bondedAliceAndBob();
        assertEquals(202, node.put("/transactions/partial", TestNode.payloadBody(aggregate)).status());
        bonded = TestNode.hash(aggregate);
    }

    @AfterAll
    static void stop() throws Exception {
        node.close();
    }

    private static JsonNode search(String group, String query) {
        TestNode.Answer answer = node.get("/transactions/" + group + (query.isEmpty() ? "" : "?" + query));
        assertEquals(200, answer.status(), answer::toString);
        Dto.assertShape(answer.json(), "data:array", "pagination.totalEntries:int", "pagination.pageNumber:int",
                "pagination.pageSize:int", "pagination.totalPages:int");
        answer.json().get("data").forEach(ConfirmedTransactionRoutesTest::assertTransactionInfo);
        return answer.json();
    }

    private static void assertPage(JsonNode page, long total, int number, int size, int count) {
        JsonNode pagination = page.get("pagination");
        assertEquals(total, pagination.get("totalEntries").asLong(), "totalEntries of " + pagination);
        assertEquals(number, pagination.get("pageNumber").asInt());
        assertEquals(size, pagination.get("pageSize").asInt());
        assertEquals((total + size - 1) / size, pagination.get("totalPages").asLong());
        assertEquals(count, page.get("data").size());
    }

    private static List<String> hashes(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("data").forEach(t -> out.add(t.get("meta").get("hash").asText()));
        return out;
    }

    private static List<Long> amounts(JsonNode page) {
        List<Long> out = new ArrayList<>();
        page.get("data").forEach(t -> out.add(Dto.u64(t.get("transaction").get("mosaics").get(0).get("amount"))));
        return out;
    }

    @Test
    void withoutFiltersTheFirstPageHoldsTwentyOfTheNewestConfirmedTransactions() {
        // Act
        JsonNode page = search("confirmed", "");

        // Assert
        assertPage(page, node.history.all().size(), 1, 20, 20);
        assertEquals(node.history.cosignedAggregate.toHex(), hashes(page).get(0), "the last of block 4 comes first");
        assertEquals(4, Dto.u64(page.get("data").get(0).get("meta").get("height")));
        assertEquals(14, page.get("data").get(0).get("meta").get("index").asInt());
    }

    @Test
    void ascendingOrderStartsWithTheNemesisBlock() {
        // Act
        JsonNode page = search("confirmed", "order=asc&sortField=meta.height&pageSize=10");

        // Assert
        assertPage(page, node.history.all().size(), 1, 10, 10);
        assertEquals(TestNode.hash(node.history.blocks.get(1L).get(0)).toHex(), hashes(page).get(0));
        for (int i = 0; i < 10; i++) {
            assertEquals(i, page.get("data").get(i).get("meta").get("index").asInt());
        }
    }

    @Test
    void pagesOfAnAccountsOutgoingTransfersWalkItsHistoryNewestFirst() {
        // Arrange
        String query = "signerPublicKey=" + node.alice().publicKey().toHex() + "&type=16724&pageSize=10";

        // Act
        JsonNode first = search("confirmed", query);
        JsonNode third = search("confirmed", query + "&pageNumber=3");
        JsonNode fourth = search("confirmed", query + "&pageNumber=4");
        JsonNode ascending = search("confirmed", query + "&order=asc&sortField=meta.height");

        // Assert
        assertPage(first, 25, 1, 10, 10);
        assertEquals(List.of(25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L), amounts(first));
        assertPage(third, 25, 3, 10, 5);
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), amounts(third));
        assertPage(fourth, 25, 4, 10, 0);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), amounts(ascending));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "address=alice, 27",
        "address=alice&type=16724, 26",
        "publicKey=alice, 27",
        "signerPublicKey=alice, 26",
        "recipientAddress=bob, 26",
        "recipientAddress=carol, 3",
        "address=carol, 3",
        "address=harvester, 1"})
    void accountFiltersFindTheAccountsPartInTheHistory(String filter, long expected) {
        // Arrange: an account by base32 address or public key
        String query = filter.replace("address=alice", "address=" + TestNode.address(node.alice()).plain())
                .replace("ublicKey=alice", "ublicKey=" + node.alice().publicKey().toHex())
                .replace("Address=bob", "Address=" + TestNode.address(node.bob()).plain())
                .replace("ddress=carol", "ddress=" + TestNode.address(node.carol()).plain())
                .replace("address=harvester", "address=" + TestNode.address(node.harvester()).plain());

        // Act
        JsonNode page = search("confirmed", query + "&pageSize=100");

        // Assert
        assertPage(page, expected, 1, 100, (int) expected);
    }

    @Test
    void anAccountMayBeGivenAsBase32WithDashesOrAsHex() {
        // Arrange
        var bob = TestNode.address(node.bob());

        // Act
        JsonNode plain = search("confirmed", "recipientAddress=" + bob.plain());
        JsonNode pretty = search("confirmed", "recipientAddress=" + bob.pretty());
        JsonNode hex = search("confirmed", "recipientAddress=" + bob.toHex());

        // Assert
        assertEquals(plain, pretty);
        assertEquals(plain, hex);
    }

    @Test
    void heightFiltersBoundTheBlocksSearchedUpToTheLargestUint64() {
        // Act
        JsonNode three = search("confirmed", "height=3&order=asc&sortField=meta.height");
        JsonNode range = search("confirmed", "fromHeight=2&toHeight=3&pageSize=100");
        JsonNode upToNemesis = search("confirmed", "toHeight=1&pageSize=100");
        JsonNode beyond = search("confirmed", "fromHeight=9");
        JsonNode fromLargest = search("confirmed", "fromHeight=18446744073709551615");
        JsonNode aliceFromLargest = search("confirmed", "fromHeight=18446744073709551615&address="
                + TestNode.address(node.alice()).plain());
        JsonNode toLargest = search("confirmed", "toHeight=18446744073709551615");
        JsonNode atLargest = search("confirmed", "height=18446744073709551615");

        // Assert
        assertPage(three, 12, 1, 20, 12);
        for (int i = 0; i < 12; i++) {
            assertEquals(3, Dto.u64(three.get("data").get(i).get("meta").get("height")));
            assertEquals(i, three.get("data").get(i).get("meta").get("index").asInt());
        }
        assertPage(range, 22, 1, 100, 22);
        assertPage(upToNemesis, 11, 1, 100, 11);
        assertPage(beyond, 0, 1, 20, 0);
        assertPage(fromLargest, 0, 1, 20, 0);
        assertPage(aliceFromLargest, 0, 1, 20, 0);
        assertPage(toLargest, node.history.all().size(), 1, 20, 20);
        assertPage(atLargest, 0, 1, 20, 0);
    }

    @Test
    void typeFiltersTakeRepeatedBracketedAndCommaSeparatedTypes() {
        // Act
        JsonNode v1 = search("confirmed", "type=16705");
        JsonNode repeated = search("confirmed", "type=16705&type=17217");
        JsonNode bracketed = search("confirmed", "type[]=16705&type[]=17217");
        JsonNode commas = search("confirmed", "type=16705,17217");

        // Assert: the vectors' two aggregates (0x4141 and 0x4341) and the cosigned one (0x4141)
        assertPage(v1, 2, 1, 20, 2);
        assertPage(repeated, 3, 1, 20, 3);
        assertEquals(repeated, bracketed);
        assertEquals(repeated, commas);
    }

    @Test
    void theBlockTransactionsTheSdkAsksForAreTheBlocksTopLevelTransactions() {
        // Act: BlockHttp.getBlockTransactions sends height and embedded=true
        JsonNode page = search("confirmed", "height=4&embedded=true&pageSize=100&order=asc&sortField=meta.height");

        // Assert
        assertPage(page, 15, 1, 100, 15);
    }

    @ParameterizedTest
    @CsvSource({"5, 10", "0, 10", "10, 10", "99, 99", "1000, 100"})
    void thePageSizeIsKeptBetweenTenAndAHundred(int asked, int used) {
        // Act
        JsonNode page = search("confirmed", "pageSize=" + asked);

        // Assert
        assertEquals(used, page.get("pagination").get("pageSize").asInt());
        assertEquals(Math.min(used, node.history.all().size()), page.get("data").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pageSize=x", "pageSize=-1", "pageSize=1.5", "pageNumber=0", "pageNumber=x", "order=up",
        "sortField=meta.index", "type=x", "type=70000", "type=-1", "address=NOTANADDRESS", "publicKey=ZZ",
        "signerPublicKey=12", "recipientAddress=SD", "height=0", "height=x", "fromHeight=x", "toHeight=-3",
        "publicKey=%1$s&address=%2$s", "publicKey=%1$s&signerPublicKey=%1$s", "address=%2$s&recipientAddress=%2$s",
        "address=%2$s&signerPublicKey=%1$s", "signerPublicKey=%1$s&recipientAddress=%2$s", "transferMosaicId=0DC67FBE1CAD29E3",
        "fromTransferAmount=1", "toTransferAmount=1"})
    void aBadFilterOrPageIsAnInvalidArgument(String template) {
        // Arrange
        String query = String.format(template, node.alice().publicKey().toHex(), TestNode.address(node.alice()).plain());

        // Act
        TestNode.Answer answer = node.get("/transactions/confirmed?" + query);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }

    @Test
    void unconfirmedTransactionsAreSearchedInArrivalOrderNewestFirst() {
        // Act
        JsonNode all = search("unconfirmed", "");
        JsonNode ascending = search("unconfirmed", "order=asc&sortField=meta.height");
        JsonNode carol = search("unconfirmed", "address=" + TestNode.address(node.carol()).plain());
        JsonNode fromCarol = search("unconfirmed", "signerPublicKey=" + node.carol().publicKey().toHex());
        JsonNode toAlice = search("unconfirmed", "recipientAddress=" + TestNode.address(node.alice()).plain());

        // Assert
        assertPage(all, 3, 1, 20, 3);
        assertEquals(List.of(UNCONFIRMED.get(2).toHex(), UNCONFIRMED.get(1).toHex(), UNCONFIRMED.get(0).toHex()),
                hashes(all));
        assertEquals(List.of(UNCONFIRMED.get(0).toHex(), UNCONFIRMED.get(1).toHex(), UNCONFIRMED.get(2).toHex()),
                hashes(ascending));
        for (JsonNode t : all.get("data")) {
            assertEquals(0, Dto.u64(t.get("meta").get("height")), "not in a block yet");
            assertEquals(t.get("meta").get("hash").asText().substring(0, 24), t.get("meta").get("id").asText());
        }
        assertPage(carol, 3, 1, 20, 3);
        assertPage(fromCarol, 2, 1, 20, 2);
        assertEquals(List.of(UNCONFIRMED.get(0).toHex()), hashes(toAlice));
    }

    @Test
    void partialTransactionsAreTheBondedAggregatesWaitingForCosignatures() {
        // Act
        JsonNode all = search("partial", "");
        JsonNode bob = search("partial", "address=" + TestNode.address(node.bob()).plain());
        JsonNode carol = search("partial", "signerPublicKey=" + node.carol().publicKey().toHex());

        // Assert
        assertEquals(List.of(bonded.toHex()), hashes(all));
        JsonNode t = all.get("data").get(0).get("transaction");
        assertEquals(0x4241, t.get("type").asInt());
        assertEquals(2, t.get("transactions").size());
        assertEquals(0, t.get("cosignatures").size(), "bob has not cosigned");
        assertEquals(List.of(bonded.toHex()), hashes(bob), "bob signs one of its transactions");
        assertPage(carol, 0, 1, 20, 0);
    }

    @Test
    void anUnconfirmedOrPartialTransactionIsFoundByItsHashOrItsId() {
        // Arrange
        String hash = UNCONFIRMED.get(1).toHex();

        // Act
        TestNode.Answer byHash = node.get("/transactions/unconfirmed/" + hash);
        TestNode.Answer byId = node.get("/transactions/unconfirmed/" + hash.substring(0, 24));
        TestNode.Answer posted = node.post("/transactions/unconfirmed", "{\"transactionIds\":[\"" + hash + "\",\""
                + UNCONFIRMED.get(0).toHex() + "\"]}");
        TestNode.Answer partial = node.get("/transactions/partial/" + bonded.toHex());
        TestNode.Answer partialById = node.get("/transactions/partial/" + bonded.toHex().substring(0, 24));
        TestNode.Answer notConfirmed = node.get("/transactions/confirmed/" + hash);

        // Assert
        assertEquals(200, byHash.status(), byHash::toString);
        ConfirmedTransactionRoutesTest.assertTransactionInfo(byHash.json());
        assertEquals(hash, byHash.json().get("meta").get("hash").asText());
        assertEquals(byHash.json(), byId.json());
        assertEquals(List.of(hash, UNCONFIRMED.get(0).toHex()), hashes(node.mapper.createObjectNode()
                .set("data", posted.json())));
        assertEquals(200, partial.status(), partial::toString);
        assertEquals(bonded.toHex(), partial.json().get("meta").get("hash").asText());
        assertEquals(partial.json(), partialById.json());
        Dto.assertError(notConfirmed, 404, "ResourceNotFound");
        assertTrue(node.get("/transactions/partial/" + hash).status() == 404, "an unconfirmed transfer is not partial");
    }

    @Test
    void theStatusOfWaitingTransactionsNamesTheirGroup() {
        // Act
        TestNode.Answer unconfirmed = node.get("/transactionStatus/" + UNCONFIRMED.get(0).toHex());
        TestNode.Answer partial = node.get("/transactionStatus/" + bonded.toHex());

        // Assert
        assertEquals("unconfirmed", unconfirmed.json().get("group").asText());
        assertEquals("Success", unconfirmed.json().get("status").asText());
        assertEquals(0, Dto.u64(unconfirmed.json().get("height")));
        assertEquals("partial", partial.json().get("group").asText());
    }
}
