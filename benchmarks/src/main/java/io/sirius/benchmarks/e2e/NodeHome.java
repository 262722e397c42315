package io.sirius.benchmarks.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shipped distribution (the tar.gz) unpacked into a directory and driven by its own scripts, as an operator
 * drives it: {@code bin/start}, {@code bin/stop}. REST and SSH move to free ports so the node never collides with
 * another one on the machine; settings of {@code etc/io.sirius.node.cfg} can be overridden before the first start.
 */
final class NodeHome implements AutoCloseable {
    final Path home;
    final int httpPort;
    final int sshPort;

    private NodeHome(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /**
     * Unpacks the archive into an empty {@code work} directory and moves REST and SSH to free ports.
     *
     * @param archive the distribution's tar.gz
     * @param work a directory (emptied first)
     * @return the unpacked node, not started
     */
    static NodeHome unpack(Path archive, Path directory) throws IOException, InterruptedException {
        Path work = directory.toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        run(work, List.of("tar", "xzf", archive.toAbsolutePath().toString(), "-C", work.toString()), 120);
        Path home;
        try (Stream<Path> entries = Files.list(work)) {
            home = entries.filter(p -> Files.isDirectory(p.resolve("bin"))).findFirst()
                    .orElseThrow(() -> new IOException(archive + " holds no node directory with a bin/"));
        }
        NodeHome node = new NodeHome(home, freePort(), freePort());
        node.replace("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(node.sshPort));
        node.replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(node.httpPort));
        return node;
    }

    /**
     * Replaces bundles of the unpacked distribution with other builds of them (to measure a change without rebuilding
     * the archive): each jar replaces the file of the same name under {@code system/}.
     *
     * @param jars the jars
     * @throws IOException if a jar has no counterpart in the distribution
     */
    void patch(List<Path> jars) throws IOException {
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            Path target;
            try (Stream<Path> files = Files.walk(home.resolve("system"))) {
                target = files.filter(p -> p.getFileName().toString().equals(name)).findFirst()
                        .orElseThrow(() -> new IOException("the distribution has no bundle " + name + " to replace"));
            }
            Files.copy(jar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("patched " + home.relativize(target) + " with " + jar);
        }
    }

    /**
     * Sets a key of a {@code .cfg} file (replacing its line, or appending one).
     *
     * @param file the file, relative to the node's home
     * @param key the key
     * @param value its value
     */
    void replace(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String text = Files.exists(path) ? Files.readString(path) : "";
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$");
        Matcher m = line.matcher(text);
        String replaced = m.find() ? m.replaceAll(Matcher.quoteReplacement(key + " = " + value))
                : text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + key + " = " + value + "\n";
        Files.writeString(path, replaced);
    }

    /**
     * Starts the node with {@code bin/start} (a background JVM) and the given maximum heap.
     *
     * <p>The heap goes in as {@code -Xmx} through {@code EXTRA_JAVA_OPTS}: the distribution's {@code bin/setenv} sets
     * {@code JAVA_MAX_MEM=1024M}, but Karaf 4.4's Unix scripts never read that variable (only its Windows ones do), so
     * a node started as shipped has no heap limit of its own and the JVM takes a quarter of the machine's memory.
     *
     * @param maxHeap the node's -Xmx ({@code 1024M} is what the README promises); "" for the JVM's default
     * @param extraJavaOptions more JVM options (e.g. a flight recording), or empty
     */
    void start(String maxHeap, String extraJavaOptions) throws IOException, InterruptedException {
        ProcessBuilder builder = builder(List.of("bin/start"));
        String options = (maxHeap.isBlank() ? "" : "-Xmx" + maxHeap + " ") + extraJavaOptions;
        if (!maxHeap.isBlank()) {
            builder.environment().put("JAVA_MAX_MEM", maxHeap);
        }
        if (!options.isBlank()) {
            builder.environment().put("EXTRA_JAVA_OPTS", options.trim());
        }
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("bin/start did not return within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("bin/start failed: " + new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
    }

    /** @return the node's JVM, if it runs */
    Optional<ProcessHandle> process() {
        String marker = "-Dkaraf.home=" + home;
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .findFirst();
    }

    /** @return the node's resident memory in MiB (VmRSS of /proc/pid/status), or -1 if it is not running */
    double rssMegabytes() {
        return process().map(p -> rssMegabytes(p.pid())).orElse(-1.0);
    }

    /**
     * @param pid a process
     * @return its VmRSS in MiB, or -1
     */
    static double rssMegabytes(long pid) {
        return memory(pid)[0];
    }

    /**
     * @param pid a process
     * @return its resident memory in MiB from /proc/pid/status: {VmRSS, RssAnon (heap, stacks, native allocations),
     *     RssFile (pages of mapped files: the state store and block files, jars)}; -1 where unknown
     */
    static double[] memory(long pid) {
        double[] out = {-1, -1, -1};
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                int slot = line.startsWith("VmRSS:") ? 0 : line.startsWith("RssAnon:") ? 1 : line.startsWith("RssFile:") ? 2
                        : -1;
                if (slot >= 0) {
                    out[slot] = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return out;
        }
        return out;
    }

    /**
     * The node's Java heap after a full GC (by {@code jcmd GC.run}, then {@code GC.heap_info}).
     *
     * @param pid the node's JVM
     * @return used heap in MiB, or -1 if jcmd cannot tell
     */
    static double heapAfterGcMegabytes(long pid) {
        try {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            run(Path.of("."), List.of(jcmd, Long.toString(pid), "GC.run"), 120);
            String info = run(Path.of("."), List.of(jcmd, Long.toString(pid), "GC.heap_info"), 60);
            // G1: " garbage-first heap   total 1048576K, used 312345K [..."
            Matcher m = Pattern.compile("heap\\s+total\\s+(\\d+)K,\\s+used\\s+(\\d+)K").matcher(info);
            if (m.find()) {
                return Long.parseLong(m.group(2)) / 1024.0;
            }
            return -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    /**
     * @param pid a JVM started with {@code -XX:NativeMemoryTracking=summary}
     * @return the committed memory of each category of its native memory summary, or "" without tracking
     */
    static String nativeMemory(long pid) {
        try {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            String summary = run(Path.of("."), List.of(jcmd, Long.toString(pid), "VM.native_memory", "summary"), 60);
            StringBuilder out = new StringBuilder("  native memory (committed):");
            Matcher m = Pattern.compile("(?m)^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)").matcher(summary);
            while (m.find()) {
                long mb = Long.parseLong(m.group(2)) / 1024;
                if (mb > 0) {
                    out.append(' ').append(m.group(1).trim()).append('=').append(mb).append("MB");
                }
            }
            Matcher total = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB").matcher(summary);
            return total.find() ? out + " total=" + Long.parseLong(total.group(1)) / 1024 + "MB" : "";
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    /** Stops the node with {@code bin/stop}, killing its JVM if it is still there after 30 s. */
    void stop() throws IOException, InterruptedException {
        if (process().isEmpty()) {
            return;
        }
        run(home, List.of("bin/stop"), 60);
        long deadline = System.currentTimeMillis() + 30_000;
        while (process().isPresent() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        process().ifPresent(ProcessHandle::destroyForcibly);
    }

    /** @return the REST surface's base URL */
    String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** @return the devnet's account list, once the node created it */
    Path accounts() {
        return home.resolve("data/sirius/devnet/accounts.txt");
    }

    /** @return the chain's data directory */
    Path data() {
        return home.resolve("data/sirius");
    }

    /** @return the last lines of the node's log */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(home.resolve("data/log/karaf.log"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private ProcessBuilder builder(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        Path userHome = Files.createDirectories(home.getParent().resolve("empty-home"));
        env.put("HOME", userHome.toString());
        env.remove("KARAF_OPTS");
        env.remove("MAVEN_OPTS");
        env.remove("EXTRA_JAVA_OPTS");
        env.remove("JAVA_MAX_MEM");
        env.remove("JAVA_MIN_MEM");
        return builder;
    }

    private static String run(Path directory, List<String> command, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        File output = File.createTempFile("sirius-bench", ".out");
        try {
            builder.redirectOutput(output);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command + " did not finish within " + timeoutSeconds + " s");
            }
            String text = Files.readString(output.toPath());
            if (process.exitValue() != 0) {
                throw new IOException(command + " failed (" + process.exitValue() + "): " + text);
            }
            return text;
        } finally {
            output.delete();
        }
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
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }
}
