package io.sirius.benchmarks.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hex;
import io.sirius.api.model.Timestamp;
import io.sirius.benchmarks.Results;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import io.sirius.kernel.devnet.TransferPayloads;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The end-to-end load generator: a node of the shipped distribution (started here from the tar.gz, or one already
 * running), many funded sender accounts, pre-signed transfers announced over REST ({@code PUT /transactions}, one
 * per request as the surface takes them, from several HTTP connections) at a steady offered rate, confirmations
 * heard on the websocket ({@code confirmedAdded/ADDRESS} per sender, refusals on {@code status/ADDRESS}).
 *
 * <p>Measures, over {@code seconds} after {@code warmup} seconds of the same load: confirmed transfers per second,
 * announce-to-confirm latency (p50, p99, max: from just before the request is sent to the confirmation's arrival;
 * a transfer never confirmed counts as infinitely late), the node's resident memory (VmRSS, highest sample) and CPU,
 * the generator's own CPU, block sizes and intervals; for a node started here also the devnet's start (bin/start)
 * to its first harvested block.
 *
 * <p>Settings (system properties):
 * <ul>
 *   <li>{@code archive}: the distribution tar.gz (default: {@code distribution/target/sirius-node-*.tar.gz});
 *       {@code work}: where it is unpacked ({@code benchmarks/target/e2e}); {@code heap}: the node's {@code -Xmx}
 *       ({@code 1024M}, the shipped default); {@code nodeJavaOpts}: more JVM options for the node (a flight
 *       recording, say); {@code keep}: leave the node running at the end; {@code patch}: jars (comma-separated)
 *       that replace the bundles of the same names in the unpacked distribution;</li>
 *   <li>{@code url} and {@code accounts}: use a running node instead (its REST URL and its devnet's
 *       {@code accounts.txt}), {@code pid}: its JVM's pid, for memory and CPU;</li>
 *   <li>{@code rate} (6,000 transfers/s offered), {@code seconds} (60), {@code warmup} (10), {@code senders} (256),
 *       {@code connections} (16 requests in flight, so as many HTTP connections), {@code websockets} (16: each
 *       carries the confirmations of a share of the senders, so that no connection has a whole block queued),
 *       {@code client} ({@code jdk}: {@code java.net.http}; {@code raw}: plain HTTP/1.1 over blocking sockets, which
 *       costs the shared machine far less CPU per request, see {@link RawAnnouncer});</li>
 *   <li>{@code fund} ({@code true}; {@code false} when the senders, always the same keys, were funded by an earlier
 *       run on the same chain);</li>
 *   <li>{@code out}: a properties file for {@code run.sh}.</li>
 * </ul>
 */
public final class LoadGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NEVER = Long.MAX_VALUE;

    private final java.util.Properties settings;
    private final double rate;
    private final double seconds;
    private final double warmup;
    private final int senderCount;
    private final int connections;
    private final int websocketCount;
    private final Results results;
    private final String prefix;
    private final HttpClient http;
    private final ExecutorService httpThreads;

    private String url;
    private long pid = -1;
    private DevnetAccounts devnet;
    private final EntitySigner signer = new EntitySigner(new Ed25519());

    // one slot per pre-signed transfer
    private byte[][] bodies;
    private long[] sentAt;
    private long[] confirmedAt;
    private final Map<String, Integer> index = new HashMap<>();
    /** Set once {@link #index} and the slots are filled; the listeners ignore confirmations before. */
    private volatile boolean armed;
    private final AtomicInteger confirmations = new AtomicInteger();
    private final AtomicInteger unknownConfirmations = new AtomicInteger();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<Integer, Integer> httpStatuses = new ConcurrentHashMap<>();
    private volatile String firstHttpError;
    private final List<long[]> blocks = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * @param settings the settings (see the class comment)
     * @param results where the figures go
     * @param prefix put before every figure's name
     */
    LoadGenerator(java.util.Properties settings, Results results, String prefix) {
        this.settings = settings;
        this.results = results;
        this.prefix = prefix;
        this.rate = Double.parseDouble(setting("rate", "6000"));
        this.seconds = Double.parseDouble(setting("seconds", "60"));
        this.warmup = Double.parseDouble(setting("warmup", "10"));
        this.senderCount = Integer.parseInt(setting("senders", "256"));
        this.connections = Integer.parseInt(setting("connections", "16"));
        this.websocketCount = Integer.parseInt(setting("websockets", "16"));
        httpThreads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "http");
            t.setDaemon(true);
            return t;
        });
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * @param args none; settings are system properties
     */
    public static void main(String[] args) throws Exception {
        Results results = new Results();
        new LoadGenerator(System.getProperties(), results, "").run();
        results.writeIfAsked();
        System.exit(0);
    }

    private String setting(String key, String fallback) {
        String value = settings.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void put(String key, double value) {
        results.put(prefix + key, value);
    }

    /** Runs the load (starting a node first unless {@code url} names one) and reports. */
    void run() throws Exception {
        NodeHome node = null;
        try {
            if (settings.getProperty("url") != null) {
                url = settings.getProperty("url");
                devnet = DevnetAccounts.read(Path.of(settings.getProperty("accounts")));
                pid = Long.parseLong(setting("pid", "-1"));
            } else {
                node = startNode();
                devnet = DevnetAccounts.read(node.accounts());
                pid = node.process().map(ProcessHandle::pid).orElse(-1L);
            }
            List<KeyPair> senders = senders();
            if (Boolean.parseBoolean(setting("fund", "true"))) {
                fund(senders);
            }
            List<WebSocket> sockets = listen(senders);
            presign(senders);
            load();
            for (WebSocket s : sockets) {
                s.abort();
            }
            report();
        } finally {
            httpThreads.shutdownNow();
            if (node != null && !Boolean.parseBoolean(setting("keep", "false"))) {
                node.stop();
            } else if (node != null) {
                System.out.println("the node keeps running at " + node.url() + " (" + node.home + ")");
            }
        }
    }

    // ---- the node ----

    private NodeHome startNode() throws Exception {
        Path archive = settings.getProperty("archive") != null ? Path.of(settings.getProperty("archive")) : findArchive();
        Path work = Path.of(setting("work", "benchmarks/target/e2e"));
        NodeHome node = NodeHome.unpack(archive, work);
        String patch = setting("patch", "");
        if (!patch.isBlank()) {
            node.patch(Arrays.stream(patch.split(",")).map(String::trim).map(Path::of).toList());
        }
        url = node.url();
        System.out.printf(Locale.ROOT, "starting %s in %s (REST on %d)%n", archive.getFileName(), node.home, node.httpPort);
        String heap = setting("heap", "1024M");
        long start = System.nanoTime();
        node.start(heap.equals("default") ? "" : heap, setting("nodeJavaOpts", ""));
        long restUp = -1;
        long firstBlock = -1;
        long notFoundSince = -1;
        int restarts = 0;
        try {
            while (firstBlock < 0) {
                if (System.nanoTime() - start > 180_000_000_000L) {
                    throw new IOException("the node did not produce a first block within 180 s:\n" + node.logTail(40));
                }
                int status = -1;
                String body = "";
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/chain/height"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    status = r.statusCode();
                    body = r.body();
                } catch (IOException e) {
                    // not listening yet
                }
                notFoundSince = status != 404 ? -1 : notFoundSince < 0 ? System.nanoTime() : notFoundSince;
                if (notFoundSince > 0 && System.nanoTime() - notFoundSince > 30_000_000_000L) {
                    // seen on a loaded machine: pax-web lost the REST servlet at start, every route answers 404
                    if (restarts++ > 0) {
                        throw new IOException("the node's REST surface answers 404 to every route, twice:\n"
                                + node.logTail(20));
                    }
                    System.out.println("the node's REST surface answers 404 to every route (its servlet was lost at "
                            + "start); restarting the node");
                    node.stop();
                    start = System.nanoTime();
                    node.start(heap.equals("default") ? "" : heap, setting("nodeJavaOpts", ""));
                    notFoundSince = -1;
                    continue;
                }
                if (status == 200) {
                    if (restUp < 0) {
                        restUp = System.nanoTime();
                    }
                    if (JSON.readTree(body).get("height").get(0).asLong() >= 2) {
                        firstBlock = System.nanoTime();
                    }
                }
                Thread.sleep(50);
            }
        } catch (IOException | RuntimeException e) {
            node.stop();
            throw e;
        }
        put("rest_restarts", restarts);
        double toFirst = (firstBlock - start) / 1e6;
        double toRest = (restUp - start) / 1e6;
        put("start_to_first_block_ms", toFirst);
        put("start_to_rest_ms", toRest);
        System.out.printf(Locale.ROOT, "devnet start (bin/start) to first block: %.0f ms (REST answering after %.0f ms)%n",
                toFirst, toRest);
        while (!Files.exists(node.accounts())) {
            Thread.sleep(50);
        }
        return node;
    }

    private static Path findArchive() throws IOException {
        for (Path dir : List.of(Path.of("distribution/target"), Path.of("../distribution/target"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> found = files.filter(p -> p.getFileName().toString().matches("sirius-node-.*\\.tar\\.gz"))
                            .toList();
                    if (!found.isEmpty()) {
                        return found.get(0);
                    }
                }
            }
        }
        throw new IOException("no distribution/target/sirius-node-*.tar.gz: build it with mvn -o install -pl distribution,"
                + " or give -Darchive=");
    }

    // ---- accounts ----

    private List<KeyPair> senders() {
        Random random = new Random(5000);
        List<KeyPair> keys = new ArrayList<>(senderCount);
        for (int i = 0; i < senderCount; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            keys.add(KeyPair.of(PrivateKey.of(seed), DerivationScheme.ED25519_SHA3));
        }
        return keys;
    }

    private Timestamp deadline() {
        return new Timestamp(System.currentTimeMillis() - Timestamp.EPOCH_UNIX_MILLIS + 2 * 3_600_000L);
    }

    /** Sends every sender 1 XPX (a million transfers of one unit) from the devnet's funded accounts and waits until all are confirmed. */
    private void fund(List<KeyPair> senders) throws Exception {
        long start = System.nanoTime();
        List<String> hashes = new ArrayList<>();
        Semaphore inFlight = new Semaphore(connections);
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int i = 0; i < senders.size(); i++) {
            KeyPair from = devnet.funded().get(i % devnet.funded().size());
            byte[] payload = TransferPayloads.transfer(devnet.network(), from, Addresses.of(senders.get(i).publicKey(),
                    devnet.network()), devnet.currency(), new Amount(1_000_000L), new byte[0], 0, deadline(),
                    devnet.generationHash(), signer);
            hashes.add(EntityHasher.transactionHash(payload, devnet.generationHash()).toHex());
            inFlight.acquire();
            sends.add(http.sendAsync(announceRequest(body(payload)), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        inFlight.release();
                        if (e != null || r.statusCode() != 202) {
                            System.out.println("funding announcement failed: " + (e != null ? e : r.body()));
                        }
                    }));
        }
        CompletableFuture.allOf(sends.toArray(new CompletableFuture[0])).join();
        long deadline = System.nanoTime() + 120_000_000_000L;
        List<String> waiting = new ArrayList<>(hashes);
        while (!waiting.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IOException(waiting.size() + " funding transfers not confirmed within 120 s");
            }
            Thread.sleep(500);
            List<String> still = new ArrayList<>();
            for (int from = 0; from < waiting.size(); from += 100) {
                List<String> chunk = waiting.subList(from, Math.min(waiting.size(), from + 100));
                String body = JSON.writeValueAsString(Map.of("hashes", chunk));
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/transactionStatus"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Map<String, String> groups = new HashMap<>();
                Map<String, String> statuses = new HashMap<>();
                for (JsonNode s : JSON.readTree(r.body())) {
                    groups.put(s.get("hash").asText(), s.get("group").asText());
                    statuses.put(s.get("hash").asText(), s.get("status").asText());
                }
                for (String h : chunk) {
                    String group = groups.get(h);
                    if ("failed".equals(group)) {
                        throw new IOException("a funding transfer failed: " + statuses.get(h));
                    }
                    if (!"confirmed".equals(group)) {
                        still.add(h);
                    }
                }
            }
            waiting = still;
        }
        System.out.printf(Locale.ROOT, "funded %d sender accounts in %.1f s%n", senders.size(), (System.nanoTime() - start) / 1e9);
    }

    // ---- websockets ----

    /** Opens the websockets: sender i's confirmations and refusals on socket i % websockets, blocks on socket 0. */
    private List<WebSocket> listen(List<KeyPair> senders) throws Exception {
        List<WebSocket> sockets = new ArrayList<>();
        URI ws = URI.create(url.replaceFirst("^http", "ws") + "/ws");
        for (int w = 0; w < websocketCount; w++) {
            CountDownLatch ready = new CountDownLatch(1);
            Listener listener = new Listener(ready);
            WebSocket socket = http.newWebSocketBuilder().buildAsync(ws, listener).get(10, TimeUnit.SECONDS);
            if (!ready.await(10, TimeUnit.SECONDS)) {
                throw new IOException("the websocket sent no uid");
            }
            List<String> channels = new ArrayList<>();
            if (w == 0) {
                channels.add("block");
            }
            for (int i = w; i < senders.size(); i += websocketCount) {
                String address = Addresses.of(senders.get(i).publicKey(), devnet.network()).plain();
                channels.add("confirmedAdded/" + address);
                channels.add("status/" + address);
            }
            for (String channel : channels) {
                socket.sendText("{\"uid\":\"" + listener.uid + "\",\"subscribe\":\"" + channel + "\"}", true).join();
            }
            sockets.add(socket);
        }
        Thread.sleep(500);
        return sockets;
    }

    /** Hears confirmations, refusals and blocks. */
    private final class Listener implements WebSocket.Listener {
        private final CountDownLatch ready;
        private final StringBuilder partial = new StringBuilder();
        volatile String uid;

        Listener(CountDownLatch ready) {
            this.ready = ready;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    message(text);
                } catch (RuntimeException | IOException e) {
                    System.out.println("cannot read a websocket message: " + e);
                }
            }
            webSocket.request(1);
            return null;
        }

        private void message(String text) throws IOException {
            long now = System.nanoTime();
            if (uid == null && text.startsWith("{\"uid\"")) {
                uid = JSON.readTree(text).get("uid").asText();
                ready.countDown();
                return;
            }
            int meta = text.indexOf("\"meta\"");
            if (meta >= 0 && text.indexOf("\"channelName\":\"confirmedAdded\"", meta) >= 0) {
                if (!armed) {
                    return;
                }
                String hash = field(text, "\"hash\":\"", meta);
                Integer i = hash == null ? null : index.get(hash);
                if (i == null) {
                    unknownConfirmations.incrementAndGet();
                } else if (confirmedAt[i] == NEVER) {
                    confirmedAt[i] = now;
                    confirmations.incrementAndGet();
                }
                return;
            }
            if (meta >= 0 && text.contains("\"numTransactions\"")) {
                JsonNode block = JSON.readTree(text);
                blocks.add(new long[] {block.get("block").get("height").get(0).asLong(),
                        block.get("meta").get("numTransactions").asLong(), now});
                return;
            }
            if (text.startsWith("{\"status\"")) {
                String status = field(text, "\"status\":\"", 0);
                refused.incrementAndGet();
                refusals.merge(status == null ? "?" : status, 1, Integer::sum);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (statusCode != WebSocket.NORMAL_CLOSURE) {
                System.out.println("a websocket was closed by the node: " + statusCode + " " + reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            System.out.println("websocket error: " + error);
        }
    }

    private static String field(String text, String prefix, int from) {
        int at = text.indexOf(prefix, from);
        if (at < 0) {
            return null;
        }
        int start = at + prefix.length();
        int end = text.indexOf('"', start);
        return end < 0 ? null : text.substring(start, end);
    }

    // ---- the load ----

    /** Signs every transfer of the run before it starts, on every core: sender i % senders, each to a fresh address. */
    private void presign(List<KeyPair> senders) throws InterruptedException {
        int count = (int) Math.ceil(rate * (warmup + seconds));
        long start = System.nanoTime();
        bodies = new byte[count][];
        sentAt = new long[count];
        confirmedAt = new long[count];
        Arrays.fill(sentAt, NEVER);
        Arrays.fill(confirmedAt, NEVER);
        String[] hashes = new String[count];
        Timestamp deadline = deadline();
        Thread[] threads = new Thread[Runtime.getRuntime().availableProcessors()];
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < threads.length; t++) {
            long seed = 77L * (t + 1);
            threads[t] = new Thread(() -> {
                Random random = new Random(seed);
                byte[] keyHash = new byte[20];
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    random.nextBytes(keyHash);
                    Address to = Address.fromPublicKeyHash(devnet.network(), keyHash);
                    byte[] payload = TransferPayloads.transfer(devnet.network(), senders.get(i % senders.size()), to,
                            devnet.currency(), new Amount(1), new byte[0], 0, deadline, devnet.generationHash(), signer);
                    hashes[i] = EntityHasher.transactionHash(payload, devnet.generationHash()).toHex();
                    bodies[i] = body(payload);
                }
            }, "presign-" + t);
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int i = 0; i < count; i++) {
            index.put(hashes[i], i);
        }
        armed = true;
        System.out.printf(Locale.ROOT, "signed %,d transfers from %d senders in %.1f s%n", count, senders.size(),
                (System.nanoTime() - start) / 1e9);
    }

    private static byte[] body(byte[] payload) {
        return ("{\"payload\":\"" + Hex.encode(payload) + "\"}").getBytes(StandardCharsets.US_ASCII);
    }

    private HttpRequest announceRequest(byte[] body) {
        return HttpRequest.newBuilder(URI.create(url + "/transactions")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private long loadStart;
    private long loadEnd;
    private final List<double[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * Announces the transfers at the offered rate until the measured window ends, then waits for the last
     * confirmations (at most 30 s).
     */
    private void load() throws Exception {
        int count = bodies.length;
        Semaphore inFlight = new Semaphore(connections);
        AtomicLong answered = new AtomicLong();
        URI uri = URI.create(url + "/transactions");
        double interval = 1e9 / rate;
        System.out.printf(Locale.ROOT, "announcing %,d transfers at %,.0f/s over %d connections (%.0f s warm-up, %.0f s "
                + "measured)...%n", count, rate, connections, warmup, seconds);
        Thread sampler = new Thread(this::sample, "sampler");
        sampler.setDaemon(true);
        loadStart = System.nanoTime();
        sampler.start();
        long stopAt = loadStart + (long) ((warmup + seconds) * 1e9);
        if (setting("client", "jdk").equals("raw")) {
            new RawAnnouncer(url, connections).announce(bodies, sentAt, loadStart, stopAt, rate, (slot, code, body) -> {
                answered.incrementAndGet();
                httpStatuses.merge(code, 1, Integer::sum);
                if (code != 202 && firstHttpError == null) {
                    firstHttpError = code + " " + body;
                }
            });
            loadEnd = System.nanoTime();
            int sent = answered.intValue();
            System.out.printf(Locale.ROOT, "announced %,d in %.1f s (%,.0f/s offered, raw HTTP/1.1 client)%n", sent,
                    (loadEnd - loadStart) / 1e9, sent / ((loadEnd - loadStart) / 1e9));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (confirmations.get() + refused.get() < sent && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            sampler.interrupt();
            return;
        }
        long behind = 0;
        int sent = 0;
        for (int i = 0; i < count && System.nanoTime() < stopAt; i++, sent++) {
            long due = loadStart + (long) (i * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                behind++;
                inFlight.acquire();
            }
            int slot = i;
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(bodies[i]))
                    .build();
            sentAt[slot] = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                inFlight.release();
                answered.incrementAndGet();
                int code = e != null ? -1 : r.statusCode();
                httpStatuses.merge(code, 1, Integer::sum);
                if (code != 202 && firstHttpError == null) {
                    firstHttpError = e != null ? e.toString() : code + " " + r.body();
                }
            });
            if (i % 50_000 == 0 && i > 0) {
                System.out.printf(Locale.ROOT, "  %,d announced, %,d confirmed%n", i, confirmations.get());
            }
        }
        loadEnd = System.nanoTime();
        System.out.printf(Locale.ROOT, "announced %,d in %.1f s (%,.0f/s offered; the connections were all busy %,d "
                + "times)%n", sent, (loadEnd - loadStart) / 1e9, sent / ((loadEnd - loadStart) / 1e9), behind);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (confirmations.get() + refused.get() < sent && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        inFlight.acquire(connections);
        sampler.interrupt();
    }

    /** Every second: the node's RSS and CPU, the generator's CPU. */
    private void sample() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                double[] memory = pid > 0 ? NodeHome.memory(pid) : new double[] {-1, -1, -1};
                double nodeCpu = pid > 0 ? cpuSeconds(ProcessHandle.of(pid)) : -1;
                double ownCpu = cpuSeconds(java.util.Optional.of(ProcessHandle.current()));
                samples.add(new double[] {now, memory[0], nodeCpu, ownCpu, confirmations.get(), memory[1], memory[2]});
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double cpuSeconds(java.util.Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    // ---- figures ----

    private void report() {
        long from = loadStart + (long) (warmup * 1e9);
        long to = from + (long) (seconds * 1e9);
        int confirmedInWindow = 0;
        List<Long> latencies = new ArrayList<>();
        int lost = 0;
        for (int i = 0; i < confirmedAt.length; i++) {
            if (confirmedAt[i] >= from && confirmedAt[i] < to) {
                confirmedInWindow++;
            }
            if (sentAt[i] >= from && sentAt[i] < to) {
                if (confirmedAt[i] == NEVER) {
                    lost++;
                    latencies.add(NEVER);
                } else {
                    latencies.add(confirmedAt[i] - sentAt[i]);
                }
            }
        }
        latencies.sort(null);
        double tps = confirmedInWindow / seconds;
        double p50 = millis(percentile(latencies, 0.50));
        double p99 = millis(percentile(latencies, 0.99));
        double max = millis(latencies.isEmpty() ? NEVER : latencies.get(latencies.size() - 1));
        long announced = java.util.Arrays.stream(sentAt).filter(t -> t != NEVER).count();
        double offered = announced / ((loadEnd - loadStart) / 1e9);

        double maxRss = -1;
        double maxAnon = -1;
        double maxFile = -1;
        double nodeCores = -1;
        double ownCores = -1;
        synchronized (samples) {
            double[] first = null;
            double[] last = null;
            for (double[] s : samples) {
                maxRss = Math.max(maxRss, s[1]);
                maxAnon = Math.max(maxAnon, s[5]);
                maxFile = Math.max(maxFile, s[6]);
                if (s[0] >= from && s[0] < to) {
                    if (first == null) {
                        first = s;
                    }
                    last = s;
                }
            }
            if (first != null && last != first) {
                double wall = (last[0] - first[0]) / 1e9;
                nodeCores = first[2] < 0 ? -1 : (last[2] - first[2]) / wall;
                ownCores = (last[3] - first[3]) / wall;
            }
        }
        List<Long> intervals = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        synchronized (blocks) {
            long[] previous = null;
            for (long[] b : blocks) {
                if (b[2] >= from && b[2] < to) {
                    sizes.add(b[1]);
                    if (previous != null) {
                        intervals.add(b[2] - previous[2]);
                    }
                }
                previous = b;
            }
        }
        double meanInterval = intervals.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        intervals.sort(null);
        double p99Interval = intervals.isEmpty() ? 0 : millis(percentile(intervals, 0.99));
        double maxInterval = intervals.isEmpty() ? 0 : millis(intervals.get(intervals.size() - 1));
        long largest = sizes.stream().mapToLong(Long::longValue).max().orElse(0);

        put("e2e_offered_tps", offered);
        put("e2e_tps", tps);
        put("e2e_p50_ms", p50);
        put("e2e_p99_ms", p99);
        put("e2e_max_ms", max);
        put("e2e_unconfirmed", lost);
        put("e2e_refused", refused.get());
        put("e2e_block_interval_ms", meanInterval);
        put("e2e_block_interval_max_ms", maxInterval);
        put("e2e_largest_block", largest);
        put("rss_mb", maxRss);
        put("rss_anon_mb", maxAnon);
        put("rss_file_mb", maxFile);
        put("e2e_node_cores", nodeCores);
        put("e2e_node_cpu_us_per_tx", nodeCores < 0 || tps == 0 ? -1 : nodeCores * 1e6 / tps);
        put("e2e_generator_cores", ownCores);
        System.out.printf(Locale.ROOT, "e2e: %,.0f confirmed transfers/s over %.0f s (offered %,.0f/s); latency p50 %.0f ms, "
                + "p99 %.0f ms, max %.0f ms; %d announced in the window never confirmed, %d refused %s%n", tps, seconds,
                offered, p50, p99, max, lost, refused.get(), refusals.isEmpty() ? "" : refusals);
        System.out.printf(Locale.ROOT, "  blocks in the window: %d, every %.0f ms on average (p99 %.0f ms, longest %.0f ms), "
                + "largest %,d transfers; HTTP answers %s%s%n", sizes.size(), meanInterval, p99Interval, maxInterval, largest,
                httpStatuses,
                firstHttpError == null ? "" : " (first error: " + firstHttpError + ")");
        System.out.printf(Locale.ROOT, "  node: highest RSS %.0f MB (anonymous %.0f MB, mapped files %.0f MB), %.2f cores "
                + "busy; generator %.2f cores busy%n", maxRss, maxAnon, maxFile, nodeCores, ownCores);
        if (unknownConfirmations.get() > 0) {
            System.out.printf("  %d confirmations of transfers this run did not announce%n", unknownConfirmations.get());
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return NEVER;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static double millis(long nanos) {
        return nanos == NEVER ? Double.POSITIVE_INFINITY : nanos / 1e6;
    }
}
