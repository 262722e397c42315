package io.sirius.benchmarks.pipeline;

import io.sirius.api.model.Address;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.benchmarks.Results;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import io.sirius.kernel.internal.chain.BlockProcessor;
import io.sirius.kernel.internal.chain.MissingPluginsException;
import io.sirius.kernel.internal.mempool.UnconfirmedPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-process pipeline: pre-signed transfers from many funded accounts go through the unconfirmed pool's
 * {@code submit} (decode, stateless checks with the signature, stateful checks against the pool's delta) on
 * {@code submitters} threads, as REST's request threads do in a node, while one harvester thread builds blocks from
 * the pool as fast as it can and commits them durably (block store fsync, then the state) until every transfer is
 * confirmed. Also: a block of 10,000 transfers harvested and committed, the same block received from a peer, and a
 * fresh devnet's start to its first block (in process, without Karaf: see the e2e generator for the node's).
 *
 * <p>Settings (system properties): {@code transfers} (100,000), {@code warmup} (20,000 transfers through the same path
 * first, untimed), {@code senders} (1,000 funded accounts, below the verifier's key cache of 4,096),
 * {@code submitters} (2), {@code verifiers} (2), {@code blockTransfers} (10,000), {@code blockRepeats} (4),
 * {@code out} (a properties file for run.sh), {@code dir} (where the chains go; a temp directory by default).
 *
 * <p>Recipients are fresh addresses, so every transfer also creates an account: the state grows by one account per
 * transfer, as it would with 1,000,000 users.
 */
public final class PipelineBenchmark {
    private final int transfers = Integer.getInteger("transfers", 100_000);
    private final int warmup = Integer.getInteger("warmup", 20_000);
    private final int senders = Integer.getInteger("senders", 1_000);
    private final int submitters = Integer.getInteger("submitters", 2);
    private final int verifiers = Integer.getInteger("verifiers", 2);
    private final int blockTransfers = Integer.getInteger("blockTransfers", 10_000);
    private final int blockRepeats = Integer.getInteger("blockRepeats", 4);
    private final Results results = new Results();
    private final Random random = new Random(8);

    private PipelineBenchmark() {
    }

    /**
     * @param args none; settings are system properties
     */
    public static void main(String[] args) throws Exception {
        new PipelineBenchmark().run();
    }

    private void run() throws Exception {
        Path root = System.getProperty("dir") == null ? Files.createTempDirectory("sirius-pipeline")
                : Files.createDirectories(Path.of(System.getProperty("dir")));
        try {
            startToFirstBlock(root.resolve("start"));
            pipeline(root.resolve("pipeline"));
        } finally {
            deleteTree(root);
        }
        results.writeIfAsked();
    }

    private void put(String key, double value) {
        results.put(key, value);
    }

    /** A devnet as the node creates it (3 funded accounts), from nothing to its first harvested block. */
    private void startToFirstBlock(Path directory) throws Exception {
        long start = System.nanoTime();
        try (BenchChain chain = BenchChain.create(Files.createDirectories(directory), verifiers, List.of(), 1000)) {
            long nemesis = System.nanoTime();
            chain.harvest(1000);
            long first = System.nanoTime();
            put("inproc_start_to_nemesis_ms", (nemesis - start) / 1e6);
            put("inproc_start_to_first_block_ms", (first - start) / 1e6);
            System.out.printf(Locale.ROOT, "devnet start to first block (in process, cold JVM): %.0f ms (nemesis after %.0f ms)%n",
                    (first - start) / 1e6, (nemesis - start) / 1e6);
        }
    }

    private void pipeline(Path directory) throws Exception {
        List<KeyPair> keys = new ArrayList<>(senders);
        for (int i = 0; i < senders; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            keys.add(KeyPair.of(PrivateKey.of(seed), DerivationScheme.ED25519_SHA3));
        }
        List<PublicKey> funded = keys.stream().map(KeyPair::publicKey).toList();
        int poolCount = warmup + transfers + blockTransfers + 1000;
        try (BenchChain chain = BenchChain.create(Files.createDirectories(directory), verifiers, funded, poolCount)) {
            System.out.printf(Locale.ROOT, "signing %,d transfers from %,d accounts...%n",
                    warmup + transfers, senders);
            byte[][] warm = sign(chain, keys, warmup);
            byte[][] timed = sign(chain, keys, transfers);
            inProcessVerifyRate(chain, timed);
            System.out.printf(Locale.ROOT, "warm-up: %,d transfers through the pipeline%n", warmup);
            flow(chain, warm, false);
            flow(chain, timed, true);
            block(chain, keys);
        }
    }

    /** Signs transfers in parallel, sender by sender in turn, each to a fresh address. */
    private byte[][] sign(BenchChain chain, List<KeyPair> keys, int count) throws InterruptedException {
        byte[][] out = new byte[count][];
        Address[] recipients = new Address[count];
        for (int i = 0; i < count; i++) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            recipients[i] = Addresses.of(PublicKey.of(key), chain.identity.network());
        }
        AtomicInteger next = new AtomicInteger(Math.floorMod(random.nextInt(), keys.size()));
        int offset = next.get();
        Thread[] threads = new Thread[Math.max(1, Runtime.getRuntime().availableProcessors())];
        AtomicInteger index = new AtomicInteger();
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = index.getAndIncrement(); i < count; i = index.getAndIncrement()) {
                    out[i] = chain.transfer(keys.get((offset + i) % keys.size()), recipients[i], 1 + (i & 0xFF));
                }
            }, "signer-" + t);
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return out;
    }

    /**
     * Signature verifications per second on this JVM, two threads, over the timed transfers' own signatures (the
     * verifier's key cache warm, as in the pipeline): a check of the JMH ceiling under the same load.
     */
    private void inProcessVerifyRate(BenchChain chain, byte[][] payloads) throws InterruptedException {
        int threads = 2;
        AtomicLong done = new AtomicLong();
        Thread[] workers = new Thread[threads];
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        long end = warmUntil + 3_000_000_000L;
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers[t] = new Thread(() -> {
                int i = first;
                long count = 0;
                while (true) {
                    long now = System.nanoTime();
                    if (now > end) {
                        break;
                    }
                    if (!chain.signer.verifyTransaction(payloads[i], chain.identity.generationHash())) {
                        throw new IllegalStateException("a pre-signed transfer does not verify");
                    }
                    if (now > warmUntil) {
                        count++;
                    }
                    i = (i + threads) % payloads.length;
                }
                done.addAndGet(count);
            }, "verify-" + t);
            workers[t].start();
        }
        for (Thread t : workers) {
            t.join();
        }
        double rate = done.get() / 3.0;
        put("inproc_verify_2t", rate);
        System.out.printf(Locale.ROOT, "in-process verify, 2 threads: %,.0f/s%n", rate);
    }

    /** Submits on {@code submitters} threads while one thread harvests, until every transfer is in a block. */
    private void flow(BenchChain chain, byte[][] payloads, boolean report) throws Exception {
        int count = payloads.length;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Map<String, Integer> reasons = new ConcurrentHashMap<>();
        AtomicInteger running = new AtomicInteger(submitters);
        long[] submitEnd = new long[1];
        double cpuBefore = processCpuSeconds();
        long start = System.nanoTime();
        Thread[] threads = new Thread[submitters];
        for (int t = 0; t < submitters; t++) {
            threads[t] = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        UnconfirmedPool.Submitted s = chain.pool.submit(payloads[i]);
                        if (!s.accepted()) {
                            refused.incrementAndGet();
                            reasons.merge(s.rejection().code().statusName(), 1, Integer::sum);
                        }
                    }
                } catch (MissingPluginsException e) {
                    throw new IllegalStateException(e);
                } finally {
                    if (running.decrementAndGet() == 0) {
                        submitEnd[0] = System.nanoTime();
                    }
                }
            }, "submit-" + t);
            threads[t].start();
        }
        int confirmed = 0;
        int dropped = 0;
        List<long[]> blocks = new ArrayList<>();
        while (confirmed + dropped + refused.get() < count) {
            if (chain.pool.size() == 0) {
                if (running.get() == 0 && chain.pool.size() == 0) {
                    break;
                }
                Thread.onSpinWait();
                continue;
            }
            long before = System.nanoTime();
            BlockProcessor.Built built = chain.harvest(200_000);
            long took = System.nanoTime() - before;
            confirmed += built.block().transactions().size();
            dropped += built.dropped().size();
            built.dropped().forEach(d -> reasons.merge("dropped " + d.rejection().code().statusName(), 1, Integer::sum));
            blocks.add(new long[] {built.block().transactions().size(), took});
        }
        long end = System.nanoTime();
        double cpuSeconds = processCpuSeconds() - cpuBefore;
        for (Thread t : threads) {
            t.join();
        }
        if (confirmed != count) {
            System.out.printf("  %,d of %,d transfers not confirmed: %s%n", count - confirmed, count, reasons);
        }
        if (!report) {
            return;
        }
        double seconds = (end - start) / 1e9;
        double submitSeconds = (submitEnd[0] - start) / 1e9;
        long harvestNanos = blocks.stream().mapToLong(b -> b[1]).sum();
        int[] sizes = blocks.stream().mapToInt(b -> (int) b[0]).sorted().toArray();
        put("pipeline_tps", confirmed / seconds);
        put("pipeline_submit_tps", count / submitSeconds);
        put("pipeline_seconds", seconds);
        put("pipeline_blocks", blocks.size());
        put("pipeline_harvest_share", harvestNanos / 1e9 / seconds);
        put("pipeline_harvest_us_per_tx", harvestNanos / 1e3 / Math.max(1, confirmed));
        put("pipeline_refused", refused.get() + dropped);
        put("pipeline_cpu_us_per_tx", cpuSeconds * 1e6 / Math.max(1, confirmed));
        put("pipeline_cores", cpuSeconds / seconds);
        System.out.printf(Locale.ROOT, "pipeline: %,d transfers confirmed in %.2f s = %,.0f tx/s (submit %,.0f tx/s while "
                + "harvesting; %d blocks, median %,d and largest %,d transfers; harvester busy %.0f%% of the time, %.0f us "
                + "per transfer)%n", confirmed, seconds, confirmed / seconds, count / submitSeconds, blocks.size(),
                sizes.length == 0 ? 0 : sizes[sizes.length / 2], sizes.length == 0 ? 0 : sizes[sizes.length - 1],
                100 * harvestNanos / 1e9 / seconds, harvestNanos / 1e3 / Math.max(1, confirmed));
        System.out.printf(Locale.ROOT, "  CPU: %.0f us per confirmed transfer (all threads of this JVM, GC and JIT included), "
                + "%.2f cores busy on average; at 2 cores that allows at most %,.0f tx/s%n", cpuSeconds * 1e6 / Math.max(1,
                confirmed), cpuSeconds / seconds, 2e6 / (cpuSeconds * 1e6 / Math.max(1, confirmed)));
        if (!reasons.isEmpty()) {
            System.out.println("  refused or dropped: " + reasons);
        }
    }

    /**
     * Blocks of {@code blockTransfers} transfers, {@code blockRepeats} times, each timed twice:
     * <ul>
     *   <li>harvested: the pool is filled first (timed on its own, without a harvester), then the block is built
     *       from it and committed durably, as the node's harvester does (build with the stateful checks, the
     *       signatures already checked by the pool; block store fsync; state commit with its journal fsync; the
     *       pool's update);</li>
     *   <li>received: the block is rolled back and applied again as a block from a peer would be (every check,
     *       signatures included, then the same durable commit).</li>
     * </ul>
     */
    private void block(BenchChain chain, List<KeyPair> keys) throws Exception {
        List<Double> harvested = new ArrayList<>();
        List<Double> harvestedCpu = new ArrayList<>();
        List<Double> received = new ArrayList<>();
        List<Double> receivedCpu = new ArrayList<>();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> submit = new ArrayList<>();
        for (int r = 0; r < blockRepeats; r++) {
            byte[][] payloads = sign(chain, keys, blockTransfers);
            long s0 = System.nanoTime();
            for (byte[] p : payloads) {
                if (!chain.pool.submit(p).accepted()) {
                    throw new IllegalStateException("a pre-signed transfer was refused");
                }
            }
            submit.add(blockTransfers / ((System.nanoTime() - s0) / 1e9));
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            BlockProcessor.Built built = chain.harvest(blockTransfers);
            double took = (System.nanoTime() - t0) / 1e6;
            harvestedCpu.add((cpu.getCurrentThreadCpuTime() - c0) / 1e6);
            if (built.block().transactions().size() != blockTransfers) {
                throw new IllegalStateException("the block holds " + built.block().transactions().size() + " transfers, not "
                        + blockTransfers + " (" + built.dropped().size() + " dropped)");
            }
            harvested.add(took);
            long height = built.block().tip().height();
            long r0 = System.nanoTime();
            chain.chain.rollbackTo(height - 1);
            double rollback = (System.nanoTime() - r0) / 1e6;
            long ac0 = cpu.getCurrentThreadCpuTime();
            long a0 = System.nanoTime();
            java.util.Optional<io.sirius.kernel.internal.pipeline.Rejection> refused = chain.chain.apply(built.block().bytes(),
                    Long.MAX_VALUE / 2);
            double applied = (System.nanoTime() - a0) / 1e6;
            receivedCpu.add((cpu.getCurrentThreadCpuTime() - ac0) / 1e6);
            if (refused.isPresent()) {
                throw new IllegalStateException("the block was refused when received: " + refused.get().detail());
            }
            received.add(applied);
            System.out.printf(Locale.ROOT, "block of %,d transfers: harvested from the pool and committed in %.0f ms (%.0f ms "
                    + "of the harvesting thread's CPU); received and committed in %.0f ms (%.0f ms CPU); rolled back in "
                    + "%.0f ms; the pool took them at %,.0f tx/s%n", blockTransfers, took, harvestedCpu.get(r), applied,
                    receivedCpu.get(r), rollback, submit.get(r));
        }
        put("block_transfers", blockTransfers);
        put("block_commit_ms", median(harvested));
        put("block_commit_cpu_ms", median(harvestedCpu));
        put("block_received_ms", median(received));
        put("block_received_cpu_ms", median(receivedCpu));
        put("block_submit_tps", median(submit));
    }

    /** @return the CPU time this JVM has used, in seconds */
    private static double processCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
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
