package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.crypto.KeyPair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.websocket.CloseReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.http.context.ServletContextHelper;

/**
 * The websocket as the SDK's {@code Listener} speaks it, on a real node ({@link TestNode}, a fresh one per test) with
 * the REST bundle's {@link WebSocketHub} listening to it: {@code {uid}} first, subscriptions per channel and address,
 * and each message in the shape the Listener tells apart ({@code {transaction, meta}}, {@code {block, meta}},
 * {@code {status, hash, deadline}}, {@code {parentHash, signature, signer, scheme}}, {@code {meta}}). Connections are
 * in-memory sessions; the chain's events are the node's own, raised by announcements through the REST routes and a
 * harvested block.
 */
class WebSocketHubTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    @TempDir
    Path directory;
    TestNode node;
    WebSocketHub hub;
    final List<Object> registered = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        node = TestNode.start(directory);
        hub = hub(Map.of());
    }

    private WebSocketHub hub(Map<String, Object> settings) {
        return new WebSocketHub(node.node, node.plugins, Fakes.config(RestSettings.class, settings),
                Fakes.bundleContext(registered), new ServletContextHelper() { }, Fakes.httpRuntime());
    }

    @AfterEach
    void stop() throws Exception {
        hub.deactivate();
        node.close();
    }

    private Fakes.Socket connect() {
        Fakes.Socket socket = new Fakes.Socket();
        hub.opened(socket.session);
        return socket;
    }

    private static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uid(Fakes.Socket socket) {
        return parse(socket.sent.get(0)).get("uid").asText();
    }

    private void send(Fakes.Socket socket, String action, String channel) {
        hub.received(socket.session, "{\"uid\":\"" + uid(socket) + "\",\"" + action + "\":\"" + channel + "\"}");
    }

    /** @return what the socket received after its uid */
    private static List<JsonNode> received(Fakes.Socket socket) {
        return socket.sent.stream().skip(1).map(WebSocketHubTest::parse).toList();
    }

    /** @return the one message on that channel, as the SDK's Listener routes it */
    private static JsonNode one(Fakes.Socket socket, String channelName) {
        List<JsonNode> matching = received(socket).stream().filter(m -> channelName.equals(channelOf(m))).toList();
        assertEquals(1, matching.size(), () -> channelName + " in " + socket.sent);
        return matching.get(0);
    }

    /** Routes a message as the SDK's Listener does: by its shape, then meta.channelName. */
    private static String channelOf(JsonNode m) {
        if (m.has("transaction")) {
            return m.get("meta").get("channelName").asText();
        }
        if (m.has("block")) {
            return "block";
        }
        if (m.has("status")) {
            return "status";
        }
        if (m.has("parentHash")) {
            return "cosignature";
        }
        if (m.has("meta")) {
            return m.get("meta").get("channelName").asText();
        }
        return "ignored";
    }

    private static String plain(KeyPair key) {
        return TestNode.address(key).plain();
    }

    @Test
    void aConnectionIsGreetedWithItsUidAndTheEndpointIsRegistered() {
        // Act
        Fakes.Socket first = connect();
        Fakes.Socket second = connect();

        // Assert
        assertTrue(registered.get(0) instanceof WebSocketEndpoint);
        JsonNode greeting = parse(first.sent.get(0));
        assertEquals(1, greeting.size(), "{uid} and nothing else: the SDK's open() waits for it");
        assertFalse(uid(first).isBlank());
        assertFalse(uid(first).equals(uid(second)));
    }

    @Test
    void aTransferReachesItsSignersAndRecipientsChannelsFromAnnouncementToBlock() {
        // Arrange
        Fakes.Socket bob = connect();
        for (String channel : List.of("unconfirmedAdded", "unconfirmedRemoved", "confirmedAdded")) {
            send(bob, "subscribe", channel + "/" + plain(node.bob()));
        }
        send(bob, "subscribe", "block");
        Fakes.Socket alice = connect();
        send(alice, "subscribe", "confirmedAdded/" + TestNode.address(node.alice()).pretty());
        Fakes.Socket carol = connect();
        for (String channel : List.of("unconfirmedAdded", "unconfirmedRemoved", "confirmedAdded")) {
            send(carol, "subscribe", channel + "/" + plain(node.carol()));
        }
        byte[] transfer = node.transfer(node.alice(), TestNode.address(node.bob()), 12);
        String hash = TestNode.hash(transfer).toHex();

        // Act
        node.put("/transactions", TestNode.payloadBody(transfer));
        JsonNode unconfirmed = one(bob, "unconfirmedAdded");
        long height = node.harvest();

        // Assert
        assertEquals(hash, unconfirmed.get("meta").get("hash").asText());
        assertEquals(0, Dto.u64(unconfirmed.get("meta").get("height")));
        assertEquals(node.get("/transactions/confirmed/" + hash).json().get("transaction"), unconfirmed.get("transaction"),
                "the transaction as REST shows it");
        JsonNode removed = one(bob, "unconfirmedRemoved");
        assertEquals(1, removed.size(), "{meta} alone");
        assertEquals(hash, removed.get("meta").get("hash").asText());
        JsonNode confirmed = one(bob, "confirmedAdded");
        ConfirmedTransactionRoutesTest.assertTransactionInfo(confirmed);
        assertEquals(height, Dto.u64(confirmed.get("meta").get("height")));
        assertEquals(hash, confirmed.get("meta").get("hash").asText());
        JsonNode block = one(bob, "block");
        assertEquals(node.get("/block/" + height).json(), block, "the block as REST shows it");
        assertEquals(hash, one(alice, "confirmedAdded").get("meta").get("hash").asText(), "the signer's channel");
        assertEquals(List.of(), received(carol), "carol takes no part");
    }

    @Test
    void aRefusedTransactionIsReportedOnItsSignersStatusChannel() {
        // Arrange
        KeyPair broke = TestNode.randomKey();
        Fakes.Socket socket = connect();
        send(socket, "subscribe", "status/" + plain(broke));
        byte[] transfer = node.transfer(broke, TestNode.address(node.bob()), 1);

        // Act
        node.put("/transactions", TestNode.payloadBody(transfer));

        // Assert
        JsonNode status = one(socket, "status");
        Dto.assertShape(status, "status:string", "hash:hash", "deadline:u64");
        assertEquals("Failure_Core_Insufficient_Balance", status.get("status").asText());
        assertEquals(TestNode.hash(transfer).toHex(), status.get("hash").asText());
        assertEquals(Dto.u64(node.get("/transactionStatus/" + TestNode.hash(transfer).toHex()).json().get("deadline")),
                Dto.u64(status.get("deadline")));
    }

    @Test
    void aBondedAggregateIsFollowedThroughThePartialCacheAndItsCosignature() {
        // Arrange
        Fakes.Socket alice = connect();
        for (String channel : List.of("partialAdded", "partialRemoved", "cosignature", "unconfirmedAdded")) {
            send(alice, "subscribe", channel + "/" + plain(node.alice()));
        }
        Fakes.Socket bob = connect();
        send(bob, "subscribe", "partialAdded/" + plain(node.bob()));
        byte[] aggregate = node.bondedAliceAndBob();
        Hash256 hash = TestNode.hash(aggregate);
        Cosignature cosignature = node.cosign(node.bob(), hash);

        // Act
        node.put("/transactions/partial", TestNode.payloadBody(aggregate));
        node.put("/transactions/cosignature", "{\"parentHash\":\"" + hash.toHex() + "\",\"signature\":\""
                + cosignature.signature().toHex() + "\",\"signer\":\"" + cosignature.signer().toHex() + "\"}");

        // Assert
        JsonNode added = one(bob, "partialAdded");
        assertEquals(hash.toHex(), added.get("meta").get("hash").asText());
        assertEquals(0, added.get("transaction").get("cosignatures").size());
        assertEquals(added, one(alice, "partialAdded"));
        JsonNode cosigned = one(alice, "cosignature");
        Dto.assertShape(cosigned, "parentHash:hash", "signature:signature", "signer:key", "scheme:int");
        assertEquals(hash.toHex(), cosigned.get("parentHash").asText());
        assertEquals(cosignature.signer().toHex(), cosigned.get("signer").asText());
        assertEquals(cosignature.signature().toHex(), cosigned.get("signature").asText());
        assertEquals(hash.toHex(), one(alice, "partialRemoved").get("meta").get("hash").asText());
        JsonNode unconfirmed = one(alice, "unconfirmedAdded");
        assertEquals(1, unconfirmed.get("transaction").get("cosignatures").size(), "complete now");
    }

    @Test
    void anUnsubscribedChannelIsNoLongerSent() {
        // Arrange
        Fakes.Socket socket = connect();
        send(socket, "subscribe", "unconfirmedAdded/" + plain(node.bob()));
        send(socket, "subscribe", "block");
        send(socket, "unsubscribe", "unconfirmedAdded/" + TestNode.address(node.bob()).pretty());

        // Act
        node.put("/transactions", TestNode.payloadBody(node.transfer(node.alice(), TestNode.address(node.bob()), 5)));
        node.harvest();

        // Assert
        assertEquals(List.of("block"), received(socket).stream().map(WebSocketHubTest::channelOf).toList());
    }

    @Test
    void clientsSharingAChannelAreServedEachOnceWhateverTheOthersDo() {
        // Arrange: three clients on Bob's confirmedAdded channel; one also listens to every confirmed transaction
        // (one message for both subscriptions), one leaves the channel, one disconnects
        Fakes.Socket both = connect();
        send(both, "subscribe", "confirmedAdded/" + plain(node.bob()));
        send(both, "subscribe", "confirmedAdded");
        Fakes.Socket leaving = connect();
        send(leaving, "subscribe", "confirmedAdded/" + plain(node.bob()));
        Fakes.Socket closing = connect();
        send(closing, "subscribe", "confirmedAdded/" + plain(node.bob()));
        Fakes.Socket staying = connect();
        send(staying, "subscribe", "confirmedAdded/" + plain(node.bob()));
        send(leaving, "unsubscribe", "confirmedAdded/" + plain(node.bob()));
        hub.closed(closing.session);
        byte[] transfer = node.transfer(node.alice(), TestNode.address(node.bob()), 7);

        // Act
        node.put("/transactions", TestNode.payloadBody(transfer));
        node.harvest();

        // Assert
        String hash = TestNode.hash(transfer).toHex();
        assertEquals(hash, one(both, "confirmedAdded").get("meta").get("hash").asText());
        assertEquals(hash, one(staying, "confirmedAdded").get("meta").get("hash").asText());
        assertEquals(List.of(), received(leaving));
        assertEquals(1, closing.sent.size(), "only the uid");
    }

    @Test
    void badMessagesAreAnsweredAndTheConnectionKeepsItsSubscriptions() {
        // Arrange
        Fakes.Socket socket = connect();
        send(socket, "subscribe", "block");
        String uid = uid(socket);
        List<String> bad = List.of("not json", "[]", "\"block\"", "{\"subscribe\":\"block\"}",
                "{\"uid\":\"someone-else\",\"subscribe\":\"block\"}", "{\"uid\":7,\"subscribe\":\"block\"}",
                "{\"uid\":\"" + uid + "\"}", "{\"uid\":\"" + uid + "\",\"subscribe\":\"block\",\"unsubscribe\":\"block\"}",
                "{\"uid\":\"" + uid + "\",\"subscribe\":7}", "{\"uid\":\"" + uid + "\",\"subscribe\":\"blocks\"}",
                "{\"uid\":\"" + uid + "\",\"subscribe\":\"block/" + plain(node.bob()) + "\"}",
                "{\"uid\":\"" + uid + "\",\"subscribe\":\"confirmedAdded/NOTANADDRESS\"}",
                "{\"uid\":\"" + uid + "\",\"unsubscribe\":\"confirmedAdded/NOTANADDRESS\"}",
                "{\"uid\":\"" + uid + "\",\"unsubscribe\":\"block\"} trailing",
                "{\"uid\":\"" + uid + "\",\"subscribe\":\"" + "x".repeat(5000) + "\"}");

        // Act
        for (String message : bad) {
            hub.received(socket.session, message);
        }
        node.harvest();

        // Assert
        List<JsonNode> answers = received(socket);
        assertEquals(bad.size() + 1, answers.size(), socket.sent::toString);
        for (int i = 0; i < bad.size(); i++) {
            JsonNode answer = answers.get(i);
            Dto.assertShape(answer, "code:string", "message:string");
            assertEquals("InvalidArgument", answer.get("code").asText(), bad.get(i));
            assertEquals("ignored", channelOf(answer), "the SDK's Listener passes over it");
        }
        assertEquals("block", channelOf(answers.get(bad.size())), "still subscribed");
        assertNull(socket.closed);
    }

    @Test
    void aClosedConnectionIsForgotten() {
        // Arrange
        Fakes.Socket socket = connect();
        send(socket, "subscribe", "block");
        hub.closed(socket.session);

        // Act
        node.harvest();
        hub.received(socket.session, "{\"uid\":\"" + uid(socket) + "\",\"subscribe\":\"block\"}");

        // Assert
        assertEquals(1, socket.sent.size(), "only the uid");
    }

    @Test
    void connectionsBeyondTheLimitAreTurnedAway() {
        // Arrange
        hub.deactivate();
        hub = hub(Map.of("maxWebsocketClients", 1));
        Fakes.Socket first = connect();

        // Act
        Fakes.Socket second = connect();

        // Assert
        assertNull(first.closed);
        assertNotNull(second.closed);
        assertEquals(CloseReason.CloseCodes.TRY_AGAIN_LATER, second.closed.getCloseCode());
        assertEquals(0, second.sent.size());
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedRatherThanBufferedWithoutBound() {
        // Arrange
        Fakes.Socket reader = connect();
        Fakes.Socket stalled = new Fakes.Socket(false);
        hub.opened(stalled.session);
        send(reader, "subscribe", "block");
        send(stalled, "subscribe", "block");
        var block = node.node.block(node.history.height()).orElseThrow();

        // Act
        for (int i = 0; i < 1_001; i++) {
            hub.blockAdded(block);
        }

        // Assert
        assertNotNull(stalled.closed);
        assertEquals(CloseReason.CloseCodes.GOING_AWAY, stalled.closed.getCloseCode());
        assertNull(reader.closed);
        assertEquals(1 + 1_001, reader.sent.size());
    }

    @Test
    void anAddressMayBeGivenWithDashesAndIsMatchedAsPlainBase32() {
        // Arrange
        Address bob = TestNode.address(node.bob());
        Fakes.Socket pretty = connect();
        send(pretty, "subscribe", "unconfirmedAdded/" + bob.pretty());

        // Act
        node.put("/transactions", TestNode.payloadBody(node.transfer(node.alice(), bob, 5)));

        // Assert
        assertEquals(TestNode.hash(node.history.blocks.get(1L).get(0)).toHex().length(),
                one(pretty, "unconfirmedAdded").get("meta").get("hash").asText().length());
    }
}
