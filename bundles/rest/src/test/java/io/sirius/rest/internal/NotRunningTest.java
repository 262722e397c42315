package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.kernel.chain.NodeStatus;
import io.sirius.kernel.internal.node.NodeComponent;
import io.sirius.kernel.internal.node.NodeSettings;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import io.sirius.state.internal.MapDbStateStoreFactory;
import io.sirius.state.internal.StoreOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A node that is not running: the real {@link NodeComponent} on a data directory without a chain and with devnet
 * creation off, so it fails to start. Every route that reads or changes the chain answers 503 naming why, rather than
 * 404s that would tell a wallet its transaction or account does not exist.
 */
class NotRunningTest {
    private static final String HASH = "ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB";
    private static final String ADDRESS = "SDRVWM42X2WGLILP2TNYCQHOSNS52TKGLD3HW4RD";
    @TempDir
    static Path directory;
    static MapDbStateStoreFactory stores;
    static NodeComponent node;
    static RestServlet servlet;

    @BeforeAll
    static void start() {
        stores = new MapDbStateStoreFactory(new StoreOptions(1000, 1L << 20, 1L << 20, 1));
        node = new NodeComponent(Fakes.config(NodeSettings.class, Map.of("dataDirectory", directory.toString(),
                "devnet", false, "verifierThreads", 1)), new TestNode.Plugins(List.of(new TransferPlugin())), stores);
        TestNode.awaitStart(node);
        servlet = new RestServlet(node, new TestNode.Plugins(List.of(new TransferPlugin())), Fakes.config(
                RestSettings.class, Map.of()));
    }

    @AfterAll
    static void stop() throws Exception {
        var deactivate = NodeComponent.class.getDeclaredMethod("deactivate");
        deactivate.setAccessible(true);
        deactivate.invoke(node);
        stores.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /node/info", "GET /network", "GET /chain/height", "GET /chain/score", "GET /block/1",
        "GET /blocks/1/limit/10", "GET /config/1", "GET /transactionStatus/" + HASH,
        "POST /transactionStatus {\"hashes\":[\"" + HASH + "\"]}", "GET /transactions/confirmed/" + HASH,
        "GET /transactions/unconfirmed/" + HASH, "GET /transactions/partial/" + HASH,
        "GET /transactions/confirmed/000000000000000100000000", "GET /transactions/confirmed",
        "GET /transactions/unconfirmed", "POST /transactions/confirmed {\"transactionIds\":[\"" + HASH + "\"]}",
        "GET /account/" + ADDRESS, "POST /account {\"addresses\":[\"" + ADDRESS + "\"]}",
        "POST /transactions/count {\"transactionTypes\":[16724]}", "GET /diagnostic/storage",
        "GET /block/1/transaction/" + HASH + "/merkle", "PUT /transactions {\"payload\":\"00\"}",
        "PUT /transactions/partial {\"payload\":\"00\"}",
        "PUT /transactions/cosignature {\"parentHash\":\"" + HASH + "\",\"signer\":\"" + HASH + "\",\"signature\":\""
            + HASH + HASH + "\"}"})
    void routesThatNeedTheChainAnswer503(String request) {
        // Arrange
        String[] parts = request.split(" ", 3);
        byte[] body = parts.length > 2 ? parts[2].getBytes(java.nio.charset.StandardCharsets.UTF_8) : new byte[0];

        // Act
        TestNode.Answer answer = TestNode.call(servlet, parts[0], parts[1], body, body.length);

        // Assert
        assertEquals(NodeStatus.Phase.FAILED, node.status().phase());
        Dto.assertError(answer, 503, "ServiceUnavailable");
        assertTrue(answer.json().get("message").asText().contains("holds no chain"), "says why: " + answer);
    }

    @Test
    void routesThatDoNotNeedTheChainStillAnswer() {
        // Act
        TestNode.Answer time = TestNode.call(servlet, "GET", "/node/time", new byte[0], 0);
        TestNode.Answer server = TestNode.call(servlet, "GET", "/diagnostic/server", new byte[0], 0);

        // Assert
        assertEquals(200, time.status());
        assertEquals(200, server.status());
    }
}
