package io.sirius.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The tar.gz exactly as shipped, started with its own scripts, offline (an empty HOME, so no ~/.m2 and no
 * Maven settings), driven through bin/client the way the README tells operators to.
 */
public class DistributionSmokeIT {
    private static NodeProcess node;

    @BeforeClass
    public static void unpackAndStart() throws Exception {
        node = NodeProcess.unpack(Path.of("target", "smoke").toAbsolutePath());
        node.start("sirius:status", "Phase:        running", 180_000);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    @Test
    public void theOperatorAccountIsCreatedAtFirstStartWithoutADefaultPassword() throws Exception {
        // Act
        String users = Files.readString(node.home.resolve("etc/users.properties"));
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(node.home.resolve("etc/operator.password"));
        NodeProcess.Result karafDefault = node.run(node.home, List.of("bin/client", "-u", "karaf", "-p", "karaf", "-r", "1", "-b"),
                60, "bundle:list\n");
        NodeProcess.Result wrongPassword = node.run(node.home, List.of("bin/client", "-u", "sirius", "-p", "not-" + node.password,
                "-r", "1", "-b"), 60, "bundle:list\n");

        // Assert
        assertTrue(users, users.contains("sirius = " + node.password + ",_g_:admingroup"));
        assertTrue(node.password.length() >= 20);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), permissions);
        assertFalse(karafDefault.output(), karafDefault.exitCode() == 0 && karafDefault.output().contains("Active"));
        assertFalse(wrongPassword.output(), wrongPassword.exitCode() == 0 && wrongPassword.output().contains("Active"));
    }

    @Test
    public void sshListensOnTheLoopbackInterfaceOnly() throws Exception {
        // Act
        List<String> addresses = listeningAddresses(node.sshPort);

        // Assert
        assertEquals("listening sockets on port " + node.sshPort, List.of("127.0.0.1"), addresses);
    }

    @Test
    public void listsThePluginsAndHotSwapsTheTransferFeature() throws Exception {
        // Act
        NodeProcess.Result before = node.client("sirius:plugin list");
        NodeProcess.Result uninstall = node.client("sirius:plugin uninstall transfer");
        NodeProcess.Result without = node.client("sirius:plugin list");
        NodeProcess.Result paused = node.client("sirius:status");
        NodeProcess.Result install = node.client("sirius:plugin install transfer");
        NodeProcess.Result with = node.client("sirius:plugin list");

        // Assert
        assertTrue(before.output(), line(before.output(), "transfer")
                .matches(".*io\\.sirius\\.plugin\\.transfer \\[\\d+\\].*0x4154.*active since 1.*"));
        assertTrue(uninstall.output(), uninstall.output().contains("Plugin transfer uninstalled."));
        assertTrue(without.output(), line(without.output(), "transfer").contains("not installed"));
        assertTrue(paused.output(), paused.output().contains("Phase:        paused"));
        assertTrue(paused.output(), paused.output().contains("enables plugin(s) transfer"));
        assertTrue(install.output(), install.output().contains("Plugin transfer installed: active since 1"));
        assertTrue(with.output(), line(with.output(), "transfer").contains("active since 1"));
    }

    @Test
    public void aDevnetTransferConfirmsWithinSeconds() throws Exception {
        // Arrange
        String accounts = Files.readString(node.home.resolve("data/sirius/devnet/accounts.txt"));
        Matcher harvester = Pattern.compile("harvester\\n  address:\\s+(\\S+)").matcher(accounts);
        assertTrue(accounts, harvester.find());

        // Act
        NodeProcess.Result transfer = node.client("sirius:devnet-transfer -m hello " + harvester.group(1) + " 1000");

        // Assert
        assertTrue(transfer.output(), transfer.output().contains("Confirmed in block"));
    }

    @Test
    public void theOperatorGeneratesAKeyFundsItAndInspectsTheAccountAndTheTransaction() throws Exception {
        // Arrange
        NodeProcess.Result key = node.client("sirius:key generate");
        String address = NodeProcess.field(key.output(), "Address:");

        // Act
        NodeProcess.Result transfer = node.client("sirius:devnet-transfer -m shell " + address + " 2500000");
        String hash = NodeProcess.field(transfer.output(), "Announced");
        NodeProcess.Result account = node.client("sirius:account " + address);
        NodeProcess.Result tx = node.client("sirius:tx " + hash);
        NodeProcess.Result unknown = node.client("sirius:tx " + "0".repeat(64));
        NodeProcess.Result malformed = node.client("sirius:account SNOTANADDRESS");

        // Assert
        assertTrue(key.output(), key.output().matches("(?s)Private key:  [0-9A-F]{64}\nPublic key:   [0-9A-F]{64}\n.*"));
        assertTrue(address, address.matches("S[A-Z2-7]{39}"));
        assertTrue(account.output(), account.output().contains("2500000  (the currency: 2.500000 XPX)"));
        assertTrue(account.output(), account.output().contains("Public key:   unknown"));
        assertTrue(tx.output(), tx.output().contains("Status:       confirmed, Success in block"));
        assertTrue(tx.output(), tx.output().contains("Type:         Transfer 0x4154 version 3"));
        assertTrue(tx.output(), tx.output().contains("amount: 2500000 (0x00000000002625A0)"));
        assertTrue(unknown.output(), unknown.output().contains("The node knows no transaction"));
        assertTrue(malformed.output(), malformed.output().contains("is neither an address nor a public key"));
    }

    @Test
    public void everyBundleResolvesFromTheShippedSystemRepository() throws Exception {
        // Act
        NodeProcess.Result bundles = node.client("bundle:list -t 0");
        String log = Files.readString(node.home.resolve("data/log/karaf.log"));

        // Assert
        assertEquals(bundles.output(), 0, bundles.exitCode());
        for (String row : bundles.output().split("\n")) {
            assertFalse(row, row.contains("| Installed") || row.contains("| Failure") || row.contains("| GracePeriod"));
        }
        assertFalse(log, log.contains("Could not find artifact") || log.contains("Error resolving artifact")
                || log.contains("Unable to resolve"));
        Path local = node.home.resolve("data/maven-local");
        assertFalse("nothing was downloaded", Files.exists(local) && Files.walk(local).anyMatch(p -> p.toString().endsWith(".jar")));
    }

    @Test
    public void theOfficialTypeScriptSdkTransfersReadsBackAndListens() throws Exception {
        // Arrange: the SDK as a wallet installs it (interop/ts-sdk/package-lock.json pins tsjs-xpx-chain-sdk 0.10.4)
        Path interop = Path.of("..", "interop", "ts-sdk").toAbsolutePath().normalize();
        NodeProcess.Result install = node.run(interop, List.of("npm", "ci", "--no-audit", "--no-fund"), 600, null);
        assertEquals(install.output(), 0, install.exitCode());
        String accounts = Files.readString(node.home.resolve("data/sirius/devnet/accounts.txt"));
        Matcher funded = Pattern.compile("funded account 2\\n(?:.*\\n)*?  private key:\\s+(\\S+)").matcher(accounts);
        assertTrue(accounts, funded.find());

        // Act: e2e.js announces, listens on /ws, reads back and checks refusals; see its steps in the output
        NodeProcess.Result e2e = node.run(interop, List.of("env", "SIRIUS_URL=" + node.url(),
                "SIRIUS_PRIVATE_KEY=" + funded.group(1), "node", "e2e.js"), 240, null);

        // Assert
        assertEquals(e2e.output() + "\n" + node.logTail(), 0, e2e.exitCode());
        assertTrue(e2e.output(), e2e.output().contains("all steps passed"));
    }

    @Test
    public void theOfficialTypeScriptSdkDrivesTheAuthorizationPlugins() throws Exception {
        // Arrange: the SDK as above, and the third funded account (the transfer test spends the second)
        Path interop = Path.of("..", "interop", "ts-sdk").toAbsolutePath().normalize();
        NodeProcess.Result install = node.run(interop, List.of("npm", "ci", "--no-audit", "--no-fund"), 600, null);
        assertEquals(install.output(), 0, install.exitCode());
        String accounts = Files.readString(node.home.resolve("data/sirius/devnet/accounts.txt"));
        Matcher funded = Pattern.compile("funded account 3\\n(?:.*\\n)*?  private key:\\s+(\\S+)").matcher(accounts);
        assertTrue(accounts, funded.find());

        // Act: e2e-auth.js runs a bonded aggregate guarded by a hash lock and completed by a detached cosignature, a
        // 2-of-3 multisig account, a secret lock claimed and another refunded at expiry, and a blocked address
        NodeProcess.Result e2e = node.run(interop, List.of("env", "SIRIUS_URL=" + node.url(),
                "SIRIUS_PRIVATE_KEY=" + funded.group(1), "node", "e2e-auth.js"), 300, null);

        // Assert
        assertEquals(e2e.output() + "\n" + node.logTail(), 0, e2e.exitCode());
        assertTrue(e2e.output(), e2e.output().contains("all steps passed"));
    }

    @Test
    public void restAnswersBadRequestsWithClearErrorsAndKeepsServing() throws Exception {
        // Arrange
        HttpClient http = HttpClient.newHttpClient();
        String huge = "{\"payload\":\"" + "00".repeat(3 * 1024 * 1024) + "\"}";

        // Act
        HttpResponse<String> notHex = send(http, "PUT", "/transactions", "{\"payload\":\"zz\"}");
        HttpResponse<String> notJson = send(http, "PUT", "/transactions", "{payload");
        HttpResponse<String> truncated = send(http, "PUT", "/transactions", "{\"payload\":\"A5000000\"}");
        HttpResponse<String> tooLarge = send(http, "PUT", "/transactions", huge);
        HttpResponse<String> noRoute = send(http, "GET", "/no/such/route", null);
        HttpResponse<String> wrongMethod = send(http, "DELETE", "/chain/height", null);
        HttpResponse<String> badHeight = send(http, "GET", "/block/abc", null);
        HttpResponse<String> badAddress = send(http, "GET", "/account/NOTANADDRESS", null);
        HttpResponse<String> height = send(http, "GET", "/chain/height", null);

        // Assert
        assertEquals(notHex.body(), 409, notHex.statusCode());
        assertTrue(notHex.body(), notHex.body().contains("\"code\":\"InvalidArgument\""));
        assertEquals(notJson.body(), 409, notJson.statusCode());
        assertEquals(truncated.body(), 409, truncated.statusCode());
        assertEquals(tooLarge.body(), 413, tooLarge.statusCode());
        assertEquals(noRoute.body(), 404, noRoute.statusCode());
        assertEquals(wrongMethod.body(), 405, wrongMethod.statusCode());
        assertEquals(badHeight.body(), 409, badHeight.statusCode());
        assertEquals(badAddress.body(), 409, badAddress.statusCode());
        assertEquals(height.body(), 200, height.statusCode());
        assertTrue(height.body(), height.body().matches("\\{\"height\":\\[\\d+,0\\]\\}"));
        assertEquals("*", height.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    /**
     * The 404-after-start regression: pax-web restarted the Jetty context for the websocket endpoint right after the
     * REST servlet joined it, and under load Jetty could be left with the servlet unavailable (HTML 404 on every
     * route). The endpoint must join first, so the context never restarts, and the servlet must never be recreated on
     * a request thread; the node's own check must be watching.
     */
    @Test
    public void theRestServletKeepsItsInstanceThroughStartAndTheSelfCheckWatchesIt() throws Exception {
        // Act
        HttpResponse<String> height = send(HttpClient.newHttpClient(), "GET", "/chain/height", null);
        String log = Files.readString(node.home.resolve("data/log/karaf.log"));

        // Assert
        assertEquals(height.body(), 200, height.statusCode());
        assertTrue(height.headers().firstValue("Content-Type").orElse(""), height.headers().firstValue("Content-Type")
                .orElse("").startsWith("application/json"));
        // a delayed component was recreated on the first request after the restart, on one of Jetty's qtp threads
        assertTrue(log, log.contains("REST surface ready"));
        assertFalse(log, Pattern.compile("(?m)^.*\\| qtp\\S* +\\|.*REST surface ready.*$").matcher(log).find());
        assertTrue(node.logTail(), log.contains("REST self check: probing http://127.0.0.1:" + node.httpPort + "/chain/height"));
        assertFalse(node.logTail(), log.contains("answered Jetty's 404"));
        assertFalse(log, log.contains("Stopping Jetty context"));
        assertTrue(log, log.indexOf("Adding web socket") >= 0 && log.indexOf("Adding web socket") < log.indexOf("Adding servlet"));
    }

    private static HttpResponse<String> send(HttpClient http, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(30));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String line(String table, String plugin) {
        for (String row : table.split("\n")) {
            if (row.startsWith(plugin + " ")) {
                return row;
            }
        }
        fail("no row for " + plugin + " in\n" + table);
        return "";
    }

    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        Pattern row = Pattern.compile("^\\s*\\d+: ([0-9A-F]+):([0-9A-F]{4}) [0-9A-F]+:[0-9A-F]{4} 0A ");
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            for (String text : Files.readAllLines(path)) {
                Matcher m = row.matcher(text);
                if (m.find() && Integer.parseInt(m.group(2), 16) == port) {
                    addresses.add(decode(m.group(1)));
                }
            }
        }
        return addresses;
    }

    private static String decode(String hex) {
        if (hex.length() == 8) {
            long v = Long.parseLong(hex, 16);
            return (v & 0xFF) + "." + (v >> 8 & 0xFF) + "." + (v >> 16 & 0xFF) + "." + (v >> 24 & 0xFF);
        }
        if (hex.startsWith("0000000000000000FFFF0000")) {
            return decode(hex.substring(24));
        }
        return hex.equals("00000000000000000000000001000000") ? "::1"
                : hex.equals("00000000000000000000000000000000") ? "::" : hex;
    }
}
