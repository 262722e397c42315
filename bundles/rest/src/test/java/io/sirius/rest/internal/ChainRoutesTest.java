package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sirius.api.model.PublicKey;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /node/info}, {@code /node/time}, {@code /network}, {@code /chain/height}, {@code /chain/score},
 * {@code /config/{height}}, {@code /diagnostic/server}, and what the servlet answers for paths and methods it does
 * not serve, on a real node ({@link TestNode}) at height 4.
 */
class ChainRoutesTest {
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

    @Test
    void nodeInfoNamesTheNodesKeyPortAndNetwork() {
        // Act
        TestNode.Answer answer = node.get("/node/info");

        // Assert
        assertEquals(200, answer.status(), answer::toString);
        Dto.assertShape(answer.json(), "publicKey:key", "port:int", "networkIdentifier:int", "version:int", "roles:int",
                "host:string", "friendlyName:string");
        assertEquals(node.node.nodeKey().orElseThrow().toHex(), answer.json().get("publicKey").asText());
        assertEquals(7900, answer.json().get("port").asInt(), "the configured P2P port");
        assertEquals(0x90, answer.json().get("networkIdentifier").asInt(), "mijinTest");
    }

    @Test
    void nodeTimeSendsTheWallClockAsUint64() {
        // Arrange
        long before = TestNode.now();

        // Act
        TestNode.Answer answer = node.get("/node/time");

        // Assert
        assertEquals(200, answer.status());
        Dto.assertShape(answer.json(), "communicationTimestamps.sendTimestamp:u64",
                "communicationTimestamps.receiveTimestamp:u64");
        long sent = Dto.u64(answer.json().get("communicationTimestamps").get("sendTimestamp"));
        assertTrue(sent >= before && sent <= TestNode.now(), "ms since the Sirius epoch, now");
    }

    @Test
    void networkIsNamedAsTheSdkParsesIt() {
        // Act
        TestNode.Answer answer = node.get("/network");

        // Assert
        assertEquals(200, answer.status());
        Dto.assertShape(answer.json(), "name:string", "description:string");
        assertEquals("mijinTest", answer.json().get("name").asText());
    }

    @Test
    void chainHeightIsTheTipsHeight() {
        // Act
        TestNode.Answer answer = node.get("/chain/height");

        // Assert
        assertEquals(200, answer.status());
        Dto.assertShape(answer.json(), "height:u64");
        assertEquals(node.history.height(), Dto.u64(answer.json().get("height")));
    }

    @Test
    void chainScoreIsTheSumOfTheBlocksScoresSplitIntoHighAndLowUint64() {
        // Arrange: a block's score is 2^64 / its difficulty
        BigInteger expected = BigInteger.ZERO;
        for (long h = 1; h <= node.history.height(); h++) {
            long difficulty = Dto.u64(node.get("/block/" + h).json().get("block").get("difficulty"));
            expected = expected.add(BigInteger.ONE.shiftLeft(64).divide(new BigInteger(Long.toUnsignedString(difficulty))));
        }

        // Act
        TestNode.Answer answer = node.get("/chain/score");

        // Assert
        assertEquals(200, answer.status());
        Dto.assertShape(answer.json(), "scoreHigh:u64", "scoreLow:u64");
        BigInteger high = new BigInteger(Long.toUnsignedString(Dto.u64(answer.json().get("scoreHigh"))));
        BigInteger low = new BigInteger(Long.toUnsignedString(Dto.u64(answer.json().get("scoreLow"))));
        assertEquals(expected, high.shiftLeft(64).add(low));
    }

    @Test
    void configAtAHeightIsTheNetworkConfigInForceWithItsSupportedEntities() throws Exception {
        // Act
        TestNode.Answer first = node.get("/config/1");
        TestNode.Answer next = node.get("/config/" + (node.history.height() + 1));

        // Assert
        assertEquals(200, first.status(), first::toString);
        Dto.assertShape(first.json(), "networkConfig.height:u64", "networkConfig.networkConfig:string",
                "networkConfig.supportedEntityVersions:string");
        JsonNode config = first.json().get("networkConfig");
        assertEquals(1, Dto.u64(config.get("height")));
        assertTrue(config.get("networkConfig").asText().contains("[plugin:catapult.plugins.aggregate]"));
        assertFalse(config.get("networkConfig").asText().contains("${nemesisPublicKey}"), "the devnet key is filled in");
        JsonNode entities = new ObjectMapper().readTree(config.get("supportedEntityVersions").asText());
        assertTrue(entities.get("entities").isArray(), "supported-entities.json as text");
        assertEquals(200, next.status(), "the next block's height has a config too");
        assertEquals(1, Dto.u64(next.json().get("networkConfig").get("height")), "the nemesis config is still in force");
    }

    @Test
    void configBeyondTheNextBlockIsNotFound() {
        // Act
        TestNode.Answer answer = node.get("/config/" + (node.history.height() + 2));

        // Assert
        Dto.assertError(answer, 404, "ResourceNotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "18446744073709551616", "0x10"})
    void configAtAnInvalidHeightIsAnInvalidArgument(String height) {
        // Act
        TestNode.Answer answer = node.get("/config/" + height);

        // Assert
        Dto.assertError(answer, 409, "InvalidArgument");
    }

    @Test
    void diagnosticServerNamesTheRestAndSdkVersions() {
        // Act
        TestNode.Answer answer = node.get("/diagnostic/server");

        // Assert
        assertEquals(200, answer.status());
        Dto.assertShape(answer.json(), "serverInfo.restVersion:string", "serverInfo.sdkVersion:string");
    }

    @Test
    void anUnknownPathIsResourceNotFound() {
        // Act
        TestNode.Answer answer = node.get("/no/such/route");

        // Assert
        Dto.assertError(answer, 404, "ResourceNotFound");
    }

    @Test
    void aKnownPathWithAnotherMethodIsMethodNotAllowed() {
        // Act
        TestNode.Answer answer = node.post("/chain/height", "{}");

        // Assert
        Dto.assertError(answer, 405, "MethodNotAllowed");
    }

    @Test
    void corsHeadersGoOnEveryAnswerAndOptionsIsAPreflight() {
        // Act
        TestNode.Answer get = node.get("/chain/height");
        TestNode.Answer options = node.call("OPTIONS", "/transactions", new byte[0], 0);

        // Assert
        assertEquals("*", get.headers().get("Access-Control-Allow-Origin"));
        assertEquals(204, options.status());
        assertEquals("*", options.headers().get("Access-Control-Allow-Origin"));
        assertTrue(options.headers().get("Access-Control-Allow-Methods").contains("PUT"));
    }

    @Test
    void withoutAnAllowedOriginNoCorsHeadersAreSent() {
        // Arrange
        RestServlet closed = new RestServlet(node.node, node.plugins, Fakes.config(RestSettings.class,
                Map.of("allowedOrigin", "")));

        // Act
        TestNode.Answer answer = TestNode.call(closed, "GET", "/chain/height", new byte[0], 0);

        // Assert
        assertEquals(200, answer.status());
        assertFalse(answer.headers().containsKey("Access-Control-Allow-Origin"));
    }

    @Test
    void pluginRoutesAreServedBesideTheCoreOnesWithTheirBadInputAnswered409() {
        // Act: the mosaic and namespace plugins' routes, through the same servlet
        TestNode.Answer currency = node.get("/mosaic/" + node.currency().toHex());
        TestNode.Answer alias = node.get("/namespace/BFFB42A19116BDF6");
        TestNode.Answer bad = node.get("/mosaic/ZZ");

        // Assert
        assertEquals(200, currency.status(), currency::toString);
        assertEquals(node.currency().value(), Dto.u64(currency.json().get("mosaic").get("mosaicId")));
        assertEquals(200, alias.status(), alias::toString);
        assertEquals(node.currency().value(), Dto.u64(alias.json().get("namespace").get("alias").get("mosaicId")),
                "prx.xpx stands for the currency");
        Dto.assertError(bad, 409, "InvalidArgument");
    }

    @Test
    void theNodeKeyIsNotTheZeroKey() {
        // Act
        String key = node.get("/node/info").json().get("publicKey").asText();

        // Assert
        assertFalse(key.equals(PublicKey.ZERO.toHex()), "the node's boot key, created with its data directory");
    }
}
