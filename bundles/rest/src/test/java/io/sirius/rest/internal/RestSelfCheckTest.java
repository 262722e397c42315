package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST self check against a real HTTP server that answers like the REST servlet or like Jetty without it, and
 * the component declaration that keeps the servlet's instance across pax-web context restarts.
 */
class RestSelfCheckTest {
    /** What the test server answers: content type, status, body. */
    private record Answer(String type, int status, String body) {
    }

    private static final Answer JETTY_404 = new Answer("text/html;charset=iso-8859-1", 404,
            "<html><body><h2>HTTP ERROR 404 Not Found</h2><tr><th>SERVLET:</th><td>javax.servlet.Servlet</td></tr>");
    private static final Answer HEIGHT = new Answer("application/json;charset=utf-8", 200, "{\"height\":[7,0]}");
    private static final Answer NOT_RUNNING = new Answer("application/json;charset=utf-8", 503,
            "{\"code\":\"ServiceUnavailable\",\"message\":\"the node is not running\"}");

    private final AtomicReference<Answer> answer = new AtomicReference<>(HEIGHT);
    private HttpServer server;
    private URI uri;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Answer a = answer.get();
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", a.type());
            exchange.sendResponseHeaders(a.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        uri = RestSelfCheck.probeUri("http://0.0.0.0:" + server.getAddress().getPort() + "/").orElseThrow();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aJettyNotFoundPageIsNotServingAndAnyJsonAnswerIs() {
        // Arrange, Act, Assert
        answer.set(JETTY_404);
        assertEquals(RestSelfCheck.Probe.NOT_SERVING, RestSelfCheck.probe(uri));
        answer.set(HEIGHT);
        assertEquals(RestSelfCheck.Probe.SERVING, RestSelfCheck.probe(uri));
        answer.set(NOT_RUNNING);
        assertEquals(RestSelfCheck.Probe.SERVING, RestSelfCheck.probe(uri));
        answer.set(new Answer("application/json", 404, "{\"code\":\"ResourceNotFound\",\"message\":\"no route\"}"));
        assertEquals(RestSelfCheck.Probe.SERVING, RestSelfCheck.probe(uri));
        answer.set(new Answer("text/html", 503, "restarting"));
        assertEquals(RestSelfCheck.Probe.UNKNOWN, RestSelfCheck.probe(uri));
    }

    @Test
    void aClosedPortSaysNothing() throws IOException {
        // Arrange
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }

        // Act, Assert
        assertEquals(RestSelfCheck.Probe.UNKNOWN, RestSelfCheck.probe(URI.create("http://127.0.0.1:" + port + "/chain/height")));
    }

    @Test
    void theServletIsRegisteredAgainOnlyWhileJettyAnswersWithoutIt() {
        // Arrange
        List<Integer> attempts = new ArrayList<>();
        RestSelfCheck check = new RestSelfCheck(uri, attempt -> {
            attempts.add(attempt);
            answer.set(HEIGHT); // the repair works
            return "test " + attempt;
        });

        // Act
        RestSelfCheck.Probe healthy = check.check();
        answer.set(JETTY_404);
        RestSelfCheck.Probe lost = check.check();
        RestSelfCheck.Probe repaired = check.check();
        answer.set(new Answer("text/html", 503, "restarting"));
        RestSelfCheck.Probe restarting = check.check();

        // Assert
        assertEquals(List.of(RestSelfCheck.Probe.SERVING, RestSelfCheck.Probe.NOT_SERVING, RestSelfCheck.Probe.SERVING,
                RestSelfCheck.Probe.UNKNOWN), List.of(healthy, lost, repaired, restarting));
        assertEquals(List.of(1), attempts);
        assertEquals(1, check.repairs());
    }

    @Test
    void theProbeGoesToTheLoopbackAddressOfTheFirstHttpEndpoint() {
        // Act, Assert
        assertEquals(Optional.of(URI.create("http://127.0.0.1:3000/chain/height")),
                RestSelfCheck.probeUri("http://0.0.0.0:3000/"));
        assertEquals(Optional.of(URI.create("http://10.1.2.3:3500/chain/height")),
                RestSelfCheck.probeUri(new String[] {"https://10.1.2.3:3443/", "http://10.1.2.3:3500/"}));
        assertEquals(Optional.of(URI.create("http://127.0.0.1:3500/chain/height")),
                RestSelfCheck.probeUri(List.of("http://0.0.0.0:3500/")));
        assertEquals(Optional.empty(), RestSelfCheck.probeUri(null));
        assertEquals(Optional.empty(), RestSelfCheck.probeUri("not a uri at all ::"));
    }

    /**
     * The fix of the 404-after-start bug: the websocket endpoint must join the Jetty context before the servlet (its
     * arrival restarts the context), so the servlet's component requires the hub; and it must be immediate, since
     * pax-web releases the servlet while the context restarts (the descriptor bnd generated says both).
     */
    @Test
    void theRestServletComponentIsImmediateAndWaitsForTheWebsocketEndpoint() throws IOException {
        // Arrange
        Path descriptor = Path.of("target/classes/OSGI-INF/io.sirius.rest.internal.RestServlet.xml");

        // Act
        String xml = Files.readString(descriptor);

        // Assert
        assertTrue(xml.contains("immediate=\"true\""), xml);
        assertTrue(xml.matches("(?s).*<reference [^>]*interface=\"io\\.sirius\\.rest\\.internal\\.WebSocketHub\"(?![^>]*cardinality=\"0).*"),
                xml);
    }
}
