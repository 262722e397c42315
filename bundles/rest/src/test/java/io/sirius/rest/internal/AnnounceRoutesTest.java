package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.Timestamp;
import io.sirius.kernel.devnet.TransferPayloads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code PUT /transactions}, {@code PUT /transactions/partial} and {@code PUT /transactions/cosignature} on a real
 * node ({@link TestNode}): 202 for every transaction the node can read, as js-xpx-chain-rest answers (refusals reach
 * the wallet in {@code /transactionStatus}), 409 for bodies that hold none, 413 for oversized bodies, 429 for floods.
 * Confirmation is {@link ConfirmationRoundTripTest}'s.
 */
class AnnounceRoutesTest {
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

    private static JsonNode status(Hash256 hash) {
        TestNode.Answer answer = node.get("/transactionStatus/" + hash.toHex());
        assertEquals(200, answer.status(), answer::toString);
        Dto.assertShape(answer.json(), "group:string", "status:string", "hash:hash", "deadline:u64", "height:u64");
        return answer.json();
    }

    @Test
    void aSignedTransferIsPushedAndWaitsUnconfirmed() {
        // Arrange
        byte[] transfer = node.transfer(node.alice(), TestNode.address(node.carol()), 50);

        // Act
        TestNode.Answer answer = node.put("/transactions", TestNode.payloadBody(transfer));

        // Assert
        assertEquals(202, answer.status(), answer::toString);
        Dto.assertShape(answer.json(), "message:string");
        assertEquals("packet 9 was pushed to the network via /transactions", answer.json().get("message").asText());
        JsonNode status = status(TestNode.hash(transfer));
        assertEquals("unconfirmed", status.get("group").asText());
        assertEquals("Success", status.get("status").asText());
        assertEquals(0, Dto.u64(status.get("height")));
    }

    @Test
    void aRefusedTransactionIsPushedTooAndItsStatusSaysWhy() {
        // Arrange: an account nobody funded, and a deadline already past
        byte[] broke = node.transfer(TestNode.randomKey(), TestNode.address(node.carol()), 1);
        byte[] late = TransferPayloads.transfer(TestNode.NETWORK, node.alice(), TestNode.address(node.carol()),
                node.currency(), new Amount(1), new byte[0], 0, new Timestamp(TestNode.now() - 60_000), TestNode.GENERATION_HASH,
                node.signer);

        // Act
        TestNode.Answer brokeAnswer = node.put("/transactions", TestNode.payloadBody(broke));
        TestNode.Answer lateAnswer = node.put("/transactions", TestNode.payloadBody(late));

        // Assert
        assertEquals(202, brokeAnswer.status(), brokeAnswer::toString);
        assertEquals(202, lateAnswer.status(), lateAnswer::toString);
        JsonNode brokeStatus = status(TestNode.hash(broke));
        assertEquals("failed", brokeStatus.get("group").asText());
        assertEquals("Failure_Core_Insufficient_Balance", brokeStatus.get("status").asText());
        JsonNode lateStatus = status(TestNode.hash(late));
        assertEquals("failed", lateStatus.get("group").asText());
        assertEquals("Failure_Core_Past_Deadline", lateStatus.get("status").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/transactions", "/transactions/partial"})
    void aBodyHoldingNoTransactionIsAnInvalidArgument(String path) {
        // Arrange
        String transfer = Hex.encode(node.transfer(node.alice(), TestNode.address(node.carol()), 1));
        String[] bodies = {"", "{", "[]", "{}", "\"payload\"", "{\"payload\":1}", "{\"payload\":\"zz\"}",
            "{\"payload\":\"ABC\"}", "{\"payload\":\"\"}", "{\"payload\":\"00\"}",
            "{\"payload\":\"" + transfer.substring(0, 100) + "\"}", "{\"payload\":\"" + transfer + "\",\"payload\":\"\"}",
            "{\"payload\":\"" + transfer + "\"} trailing"};

        for (String body : bodies) {
            // Act
            TestNode.Answer answer = node.put(path, body);

            // Assert
            assertEquals(409, answer.status(), () -> body + " -> " + answer);
            Dto.assertError(answer, 409, "InvalidArgument");
        }
    }

    @Test
    void anOversizedBodyIsRefusedWith413AndTheConnectionClosed() {
        // Arrange: a 1 KiB limit; a valid announcement padded to exactly the limit, and one byte more
        RestServlet servlet = new RestServlet(node.node, node.plugins, Fakes.config(RestSettings.class,
                Map.of("maxBodyBytes", 1024)));
        String payload = TestNode.payloadBody(node.transfer(node.alice(), TestNode.address(node.carol()), 2));
        byte[] atLimit = (payload + " ".repeat(1024 - payload.length())).getBytes(StandardCharsets.UTF_8);
        byte[] over = Arrays.copyOf(atLimit, 1025);
        over[1024] = ' ';

        // Act
        TestNode.Answer fits = TestNode.call(servlet, "PUT", "/transactions", atLimit, atLimit.length);
        TestNode.Answer declared = TestNode.call(servlet, "PUT", "/transactions", over, over.length);
        TestNode.Answer streamed = TestNode.call(servlet, "PUT", "/transactions", over, -1);
        TestNode.Answer post = TestNode.call(servlet, "POST", "/account", new byte[1 << 20], -1);

        // Assert
        assertEquals(202, fits.status(), fits::toString);
        for (TestNode.Answer answer : new TestNode.Answer[] {declared, streamed, post}) {
            Dto.assertError(answer, 413, "PayloadTooLarge");
            assertEquals("close", answer.headers().get("Connection"));
        }
    }

    @Test
    void aFloodOfAnnouncementsIsAnsweredWith429() {
        // Arrange: one announcement a second
        RestServlet servlet = new RestServlet(node.node, node.plugins, Fakes.config(RestSettings.class,
                Map.of("maxAnnouncementsPerSecond", 1)));
        byte[] first = TestNode.payloadBody(node.transfer(node.bob(), TestNode.address(node.carol()), 3))
                .getBytes(StandardCharsets.UTF_8);
        byte[] second = TestNode.payloadBody(node.transfer(node.bob(), TestNode.address(node.carol()), 4))
                .getBytes(StandardCharsets.UTF_8);

        // Act
        TestNode.Answer taken = TestNode.call(servlet, "PUT", "/transactions", first, first.length);
        TestNode.Answer refused = TestNode.call(servlet, "PUT", "/transactions", second, second.length);

        // Assert
        assertEquals(202, taken.status(), taken::toString);
        Dto.assertError(refused, 429, "TooManyRequests");
    }

    @Test
    void aBondedAggregateWaitsInThePartialCacheUntilItsCosignatureArrives() {
        // Arrange
        byte[] aggregate = node.bondedAliceAndBob();
        Hash256 hash = TestNode.hash(aggregate);
        Cosignature bob = node.cosign(node.bob(), hash);

        // Act
        TestNode.Answer announced = node.put("/transactions/partial", TestNode.payloadBody(aggregate));
        JsonNode waiting = status(hash);
        TestNode.Answer partial = node.get("/transactions/partial/" + hash.toHex());
        TestNode.Answer cosigned = node.put("/transactions/cosignature", "{\"parentHash\":\"" + hash.toHex()
                + "\",\"signature\":\"" + bob.signature().toHex() + "\",\"signer\":\"" + bob.signer().toHex() + "\"}");
        JsonNode complete = status(hash);
        TestNode.Answer unconfirmed = node.get("/transactions/unconfirmed/" + hash.toHex());

        // Assert
        assertEquals(202, announced.status(), announced::toString);
        assertEquals("packet 256 was pushed to the network via /transactions/partial",
                announced.json().get("message").asText());
        assertEquals("partial", waiting.get("group").asText());
        assertEquals(0, partial.json().get("transaction").get("cosignatures").size());
        assertEquals(202, cosigned.status(), cosigned::toString);
        assertEquals("packet 257 was pushed to the network via /transactions/cosignature",
                cosigned.json().get("message").asText());
        assertEquals("unconfirmed", complete.get("group").asText());
        Dto.assertError(node.get("/transactions/partial/" + hash.toHex()), 404, "ResourceNotFound");
        assertEquals(200, unconfirmed.status(), unconfirmed::toString);
        JsonNode cosignatures = unconfirmed.json().get("transaction").get("cosignatures");
        assertEquals(1, cosignatures.size());
        assertEquals(bob.signer().toHex(), cosignatures.get(0).get("signer").asText());
        assertEquals(bob.signature().toHex(), cosignatures.get(0).get("signature").asText());
    }

    @Test
    void aCosignatureTheWaitingAggregateCannotTakeIsAnInvalidArgumentNamingTheReason() {
        // Arrange
        byte[] aggregate = node.bondedAliceAndBob();
        Hash256 hash = TestNode.hash(aggregate);
        assertEquals(202, node.put("/transactions/partial", TestNode.payloadBody(aggregate)).status());
        Cosignature carol = node.cosign(node.carol(), hash);
        Cosignature bobElsewhere = node.cosign(node.bob(), TestNode.hash(node.bondedAliceAndBob()));
        Cosignature bob = node.cosign(node.bob(), hash);
        String template = "{\"parentHash\":\"%s\",\"signature\":\"%s\",\"signer\":\"%s\"}";

        // Act
        TestNode.Answer unknownParent = node.put("/transactions/cosignature", String.format(template, "AB".repeat(32),
                bob.signature().toHex(), bob.signer().toHex()));
        TestNode.Answer ineligible = node.put("/transactions/cosignature", String.format(template, hash.toHex(),
                carol.signature().toHex(), carol.signer().toHex()));
        TestNode.Answer forged = node.put("/transactions/cosignature", String.format(template, hash.toHex(),
                bobElsewhere.signature().toHex(), bobElsewhere.signer().toHex()));

        // Assert
        for (TestNode.Answer answer : new TestNode.Answer[] {unknownParent, ineligible, forged}) {
            Dto.assertError(answer, 409, "InvalidArgument");
        }
        assertEquals("partial", status(hash).get("group").asText(), "still waiting for bob");
    }

    @Test
    void aMalformedCosignatureIsAnInvalidArgument() {
        // Arrange
        Hash256 hash = TestNode.hash(node.bondedAliceAndBob());
        Cosignature bob = node.cosign(node.bob(), hash);
        String parent = "\"parentHash\":\"" + hash.toHex() + "\"";
        String signature = "\"signature\":\"" + bob.signature().toHex() + "\"";
        String signer = "\"signer\":\"" + bob.signer().toHex() + "\"";
        String[] bodies = {"", "{", "{}", "{" + signature + "," + signer + "}", "{" + parent + "," + signer + "}",
            "{" + parent + "," + signature + "}", "{\"parentHash\":\"AB\"," + signature + "," + signer + "}",
            "{" + parent + ",\"signature\":\"AB\"," + signer + "}", "{" + parent + "," + signature + ",\"signer\":1}",
            "{" + parent + "," + signature + "," + signer + ",\"scheme\":\"x\"}",
            "{" + parent + "," + signature + "," + signer + ",\"scheme\":7}"};

        for (String body : bodies) {
            // Act
            TestNode.Answer answer = node.put("/transactions/cosignature", body);

            // Assert
            assertEquals(409, answer.status(), () -> body + " -> " + answer);
            Dto.assertError(answer, 409, "InvalidArgument");
        }
    }
}
