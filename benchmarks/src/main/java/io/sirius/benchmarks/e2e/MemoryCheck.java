package io.sirius.benchmarks.e2e;

import io.sirius.benchmarks.Results;
import io.sirius.benchmarks.pipeline.FundedAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * The node's memory with {@code accounts} funded accounts (1,000,000): a devnet chain holding them is made in process
 * (real transfers to fresh addresses, blocks of 50,000, on the real stores: see {@link FundedAccounts}), installed
 * as the data directory of the shipped distribution, and the node is started on it with its shipped heap
 * ({@code -Xmx1024M}). Measured: the time to open the state and produce a block, then resident memory (VmRSS, split
 * into anonymous memory and pages of mapped files) and the Java heap after a full GC, idle and after
 * {@code loadSeconds} (20) of transfers announced by the load generator.
 *
 * <p>Settings (system properties): {@code accounts}, {@code archive}, {@code work} ({@code benchmarks/target/memory}),
 * {@code heap}, {@code nodeJavaOpts} (e.g. {@code -XX:NativeMemoryTracking=summary}, whose summary is then printed),
 * {@code rate} (2,000 transfers/s during the load), {@code loadSeconds}, {@code out}.
 */
public final class MemoryCheck {
    private MemoryCheck() {
    }

    /**
     * @param args none; settings are system properties
     */
    public static void main(String[] args) throws Exception {
        int accounts = Integer.getInteger("accounts", 1_000_000);
        Path work = Path.of(System.getProperty("work", "benchmarks/target/memory")).toAbsolutePath();
        Results results = new Results();
        NodeHome.deleteTree(work);
        Path chain = Files.createDirectories(work.resolve("chain"));
        System.out.printf(Locale.ROOT, "funding %,d accounts in blocks of 50,000...%n", accounts);
        long made = System.nanoTime();
        long height = FundedAccounts.create(chain, accounts, 50_000);
        results.put("mem_accounts", accounts);
        results.put("mem_prepare_s", (System.nanoTime() - made) / 1e9);

        Path archive = System.getProperty("archive") != null ? Path.of(System.getProperty("archive"))
                : Path.of("distribution/target").toFile().listFiles((d, n) -> n.matches("sirius-node-.*\\.tar\\.gz"))[0].toPath();
        NodeHome node = NodeHome.unpack(archive, work.resolve("node"));
        Files.createDirectories(node.data().getParent());
        Files.move(chain, node.data());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            long start = System.nanoTime();
            String heap = System.getProperty("heap", "1024M");
            node.start(heap.equals("default") ? "" : heap, System.getProperty("nodeJavaOpts", ""));
            long open = -1;
            long firstBlock = -1;
            int restarts = 0;
            while (firstBlock < 0) {
                if (System.nanoTime() - start > 600_000_000_000L) {
                    throw new IllegalStateException("the node did not produce a block within 10 minutes:\n"
                            + node.logTail(40));
                }
                long h = height(http, node.url());
                if (h == -404 && node.logTail(400).contains("Node running") && restarts < 2
                        && System.nanoTime() - start > 60_000_000_000L) {
                    // seen once: pax-web lost the REST servlet at start and every route answered 404
                    System.out.println("the node's REST surface answers 404 to every route; restarting the node");
                    node.stop();
                    start = System.nanoTime();
                    node.start(heap.equals("default") ? "" : heap, System.getProperty("nodeJavaOpts", ""));
                    restarts++;
                    continue;
                }
                if (h >= height && open < 0) {
                    open = System.nanoTime();
                }
                if (h > height) {
                    firstBlock = System.nanoTime();
                }
                Thread.sleep(100);
            }
            results.put("mem_rest_restarts", restarts);
            results.put("mem_open_ms", (open - start) / 1e6);
            results.put("mem_first_block_ms", (firstBlock - start) / 1e6);
            System.out.printf(Locale.ROOT, "node on %,d accounts: REST at the chain's height after %.1f s, first new block "
                    + "after %.1f s%n", accounts, (open - start) / 1e9, (firstBlock - start) / 1e9);
            long pid = node.process().orElseThrow().pid();
            Thread.sleep(5_000);
            measure(results, pid, "idle");

            Properties load = new Properties();
            load.setProperty("url", node.url());
            load.setProperty("accounts", node.accounts().toString());
            load.setProperty("pid", Long.toString(pid));
            load.setProperty("rate", System.getProperty("rate", "2000"));
            load.setProperty("client", System.getProperty("client", "raw"));
            load.setProperty("warmup", "5");
            load.setProperty("seconds", System.getProperty("loadSeconds", "20"));
            new LoadGenerator(load, results, "mem_").run();
            measure(results, pid, "loaded");
        } finally {
            node.stop();
        }
        results.writeIfAsked();
        System.exit(0);
    }

    private static long height(HttpClient http, String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/chain/height"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return r.statusCode() == 404 ? -404 : -1;
            }
            String body = r.body();
            int at = body.indexOf('[');
            return Long.parseLong(body.substring(at + 1, body.indexOf(',', at)).trim());
        } catch (java.io.IOException | InterruptedException | RuntimeException e) {
            return -1;
        }
    }

    private static void measure(Results results, long pid, String when) {
        double[] memory = NodeHome.memory(pid);
        double heap = NodeHome.heapAfterGcMegabytes(pid);
        double[] after = NodeHome.memory(pid);
        results.put("mem_" + when + "_rss_mb", memory[0]);
        results.put("mem_" + when + "_rss_anon_mb", memory[1]);
        results.put("mem_" + when + "_rss_file_mb", memory[2]);
        results.put("mem_" + when + "_heap_mb", heap);
        System.out.printf(Locale.ROOT, "node memory (%s): RSS %.0f MB (anonymous %.0f MB, mapped files %.0f MB); Java heap "
                + "after a full GC %.0f MB (RSS after it %.0f MB)%n", when, memory[0], memory[1], memory[2], heap, after[0]);
        String nmt = NodeHome.nativeMemory(pid);
        if (!nmt.isBlank()) {
            System.out.println(nmt);
        }
    }
}
