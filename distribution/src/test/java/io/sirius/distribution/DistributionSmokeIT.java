package io.sirius.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
    private static final long BOOT_TIMEOUT_MS = 120_000;

    private static Path home;
    private static Path userHome;
    private static int sshPort;
    private static String password;

    @BeforeClass
    public static void unpackAndStart() throws Exception {
        Path work = Path.of("target", "smoke").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        userHome = Files.createDirectories(work.resolve("empty-home"));
        run(work, List.of("tar", "xzf", System.getProperty("sirius.distribution"), "-C", work.toString()), 60);
        home = work.resolve(System.getProperty("sirius.distribution.name"));
        sshPort = freePort();
        Path shellCfg = home.resolve("etc/org.apache.karaf.shell.cfg");
        Files.writeString(shellCfg, Files.readString(shellCfg).replaceAll("(?m)^sshPort = \\d+", "sshPort = " + sshPort));

        Result start = run(home, List.of("bin/start"), 60);
        assertEquals(start.output, 0, start.exitCode);
        Path passwordFile = home.resolve("etc/operator.password");
        awaitFile(passwordFile);
        password = Files.readString(passwordFile).trim();
        long deadline = System.currentTimeMillis() + BOOT_TIMEOUT_MS;
        while (true) {
            Result list = client("sirius:plugin list");
            if (list.exitCode == 0 && list.output.contains("io.sirius.plugin.transfer")) {
                break;
            }
            if (System.currentTimeMillis() > deadline) {
                fail("the node did not answer sirius:plugin list within " + BOOT_TIMEOUT_MS + " ms: " + list.output
                        + "\n" + logTail());
            }
            Thread.sleep(500);
        }
    }

    @AfterClass
    public static void stop() throws Exception {
        if (home == null) {
            return;
        }
        run(home, List.of("bin/stop"), 60);
        long deadline = System.currentTimeMillis() + 30_000;
        while (nodeProcess().isPresent() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        nodeProcess().ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    public void theOperatorAccountIsCreatedAtFirstStartWithoutADefaultPassword() throws Exception {
        // Act
        String users = Files.readString(home.resolve("etc/users.properties"));
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(home.resolve("etc/operator.password"));
        Result karafDefault = run(home, List.of("bin/client", "-u", "karaf", "-p", "karaf", "-r", "1", "-b"), 60, "bundle:list\n");
        Result wrongPassword = run(home, List.of("bin/client", "-u", "sirius", "-p", "not-" + password, "-r", "1", "-b"), 60,
                "bundle:list\n");

        // Assert
        assertTrue(users, users.contains("sirius = " + password + ",_g_:admingroup"));
        assertTrue(password.length() >= 20);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), permissions);
        assertFalse(karafDefault.output, karafDefault.exitCode == 0 && karafDefault.output.contains("Active"));
        assertFalse(wrongPassword.output, wrongPassword.exitCode == 0 && wrongPassword.output.contains("Active"));
    }

    @Test
    public void sshListensOnTheLoopbackInterfaceOnly() throws Exception {
        // Act
        List<String> addresses = listeningAddresses(sshPort);

        // Assert
        assertEquals("listening sockets on port " + sshPort, List.of("127.0.0.1"), addresses);
    }

    @Test
    public void listsThePluginsAndHotSwapsTheTransferFeature() throws Exception {
        // Act
        Result before = client("sirius:plugin list");
        Result uninstall = client("sirius:plugin uninstall transfer");
        Result without = client("sirius:plugin list");
        Result install = client("sirius:plugin install transfer");
        Result with = client("sirius:plugin list");

        // Assert
        assertTrue(before.output, line(before.output, "transfer").matches(".*io\\.sirius\\.plugin\\.transfer \\[\\d+\\].*0x4154.*available.*"));
        assertTrue(uninstall.output, uninstall.output.contains("Plugin transfer uninstalled."));
        assertTrue(without.output, line(without.output, "transfer").contains("not installed"));
        assertTrue(install.output, install.output.contains("Plugin transfer installed: available"));
        assertTrue(with.output, line(with.output, "transfer").contains("available"));
    }

    @Test
    public void everyBundleResolvesFromTheShippedSystemRepository() throws Exception {
        // Act
        Result bundles = client("bundle:list -t 0");
        String log = Files.readString(home.resolve("data/log/karaf.log"));

        // Assert
        assertEquals(bundles.output, 0, bundles.exitCode);
        for (String row : bundles.output.split("\n")) {
            assertFalse(row, row.contains("| Installed") || row.contains("| Failure") || row.contains("| GracePeriod"));
        }
        assertFalse(log, log.contains("Could not find artifact") || log.contains("Error resolving artifact")
                || log.contains("Unable to resolve"));
        assertFalse("nothing was downloaded", Files.exists(home.resolve("data/maven-local"))
                && Files.walk(home.resolve("data/maven-local")).anyMatch(p -> p.toString().endsWith(".jar")));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private record Result(int exitCode, String output) {
    }

    /** The README's form: echo 'command' | bin/client -u sirius -p password -b. */
    private static Result client(String command) throws Exception {
        return run(home, List.of("bin/client", "-u", "sirius", "-p", password, "-r", "3", "-b"), 60, command + "\n");
    }

    private static Result run(Path directory, List<String> command, int timeoutSeconds) throws Exception {
        return run(directory, command, timeoutSeconds, null);
    }

    private static Result run(Path directory, List<String> command, int timeoutSeconds, String input) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("HOME", userHome.toString());
        env.remove("SIRIUS_OPERATOR_PASSWORD");
        env.remove("KARAF_OPTS");
        env.remove("MAVEN_OPTS");
        File output = File.createTempFile("smoke", ".out");
        builder.redirectOutput(output);
        Process process = builder.start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish within " + timeoutSeconds + " s");
        }
        String text = Files.readString(output.toPath());
        output.delete();
        return new Result(process.exitValue(), text.replaceAll("\u001B\\[[;\\d]*m", ""));
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

    private static java.util.Optional<ProcessHandle> nodeProcess() {
        String marker = "-Dkaraf.home=" + home;
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .findFirst();
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

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Files.exists(file)) {
            if (System.currentTimeMillis() > deadline) {
                fail(file + " was not created at first start");
            }
            Thread.sleep(100);
        }
    }

    private static String logTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("data/log/karaf.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
