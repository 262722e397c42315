package io.sirius.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped tar.gz unpacked into a directory and driven through its own scripts, as an operator would: started
 * with bin/start under an empty HOME (so no ~/.m2 and no Maven settings), commands through bin/client.
 */
final class NodeProcess implements AutoCloseable {
    final Path home;
    final Path userHome;
    final int sshPort;
    final int httpPort;
    String password;

    /** What a command printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    private NodeProcess(Path home, Path userHome, int sshPort, int httpPort) {
        this.home = home;
        this.userHome = userHome;
        this.sshPort = sshPort;
        this.httpPort = httpPort;
    }

    /**
     * Unpacks the distribution into {@code work} and moves SSH and HTTP to free ports.
     */
    static NodeProcess unpack(Path work) throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        Path userHome = Files.createDirectories(work.resolve("empty-home"));
        NodeProcess node = new NodeProcess(work.resolve(System.getProperty("sirius.distribution.name")), userHome, freePort(),
                freePort());
        node.run(work, List.of("tar", "xzf", System.getProperty("sirius.distribution"), "-C", work.toString()), 60, null);
        Path shellCfg = node.home.resolve("etc/org.apache.karaf.shell.cfg");
        Files.writeString(shellCfg, Files.readString(shellCfg).replaceAll("(?m)^sshPort = \\d+", "sshPort = " + node.sshPort));
        Path webCfg = node.home.resolve("etc/org.ops4j.pax.web.cfg");
        Files.writeString(webCfg, Files.readString(webCfg).replaceAll("(?m)^org.osgi.service.http.port = \\d+",
                "org.osgi.service.http.port = " + node.httpPort));
        return node;
    }

    /** Starts the node and waits until the shell answers {@code probe} with output containing {@code expected}. */
    void start(String probe, String expected, long timeoutMillis) throws Exception {
        Result start = run(home, List.of("bin/start"), 60, null);
        assertEquals(start.output(), 0, start.exitCode());
        Path passwordFile = home.resolve("etc/operator.password");
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!Files.exists(passwordFile)) {
            if (System.currentTimeMillis() > deadline) {
                fail(passwordFile + " was not created at first start");
            }
            Thread.sleep(100);
        }
        password = Files.readString(passwordFile).trim();
        while (true) {
            Result probed = client(probe);
            if (probed.exitCode() == 0 && probed.output().contains(expected)) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                fail("the node did not answer '" + probe + "' with '" + expected + "' within " + timeoutMillis + " ms: "
                        + probed.output() + "\n" + logTail());
            }
            Thread.sleep(500);
        }
    }

    /** The README's form: echo 'command' | bin/client -u sirius -p password -b. */
    Result client(String command) throws Exception {
        return run(home, List.of("bin/client", "-u", "sirius", "-p", password, "-r", "3", "-b"), 120, command + "\n");
    }

    /** Starts a client command in the background (its output goes to a file). */
    Process clientInBackground(String command, Path output) throws IOException {
        ProcessBuilder builder = builder(List.of("bin/client", "-u", "sirius", "-p", password, "-r", "3", "-b"));
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        return process;
    }

    /** Stops the node with bin/stop, killing it if it does not stop. */
    void stop() throws Exception {
        run(home, List.of("bin/stop"), 60, null);
        long deadline = System.currentTimeMillis() + 30_000;
        while (process().isPresent() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        process().ifPresent(ProcessHandle::destroyForcibly);
    }

    /** Kills the node's JVM at once, like kill -9. */
    void kill() throws Exception {
        ProcessHandle handle = process().orElseThrow(() -> new AssertionError("the node is not running"));
        handle.destroyForcibly();
        handle.onExit().get(30, TimeUnit.SECONDS);
    }

    Optional<ProcessHandle> process() {
        String marker = "-Dkaraf.home=" + home;
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .findFirst();
    }

    /** The value after {@code label} in a command's output, e.g. "Height:". */
    static String field(String output, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + "\\s+(\\S+)").matcher(output);
        if (!m.find()) {
            fail("no '" + label + "' in\n" + output);
        }
        return m.group(1);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("data/log/karaf.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private ProcessBuilder builder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("HOME", userHome.toString());
        env.remove("SIRIUS_OPERATOR_PASSWORD");
        env.remove("KARAF_OPTS");
        env.remove("MAVEN_OPTS");
        return builder;
    }

    Result run(Path directory, List<String> command, int timeoutSeconds, String input) throws Exception {
        ProcessBuilder builder = builder(command).directory(directory.toFile());
        File output = File.createTempFile("node", ".out");
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

    /** The REST surface's base URL. */
    String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Override
    public void close() throws Exception {
        if (process().isPresent()) {
            stop();
        }
    }
}
