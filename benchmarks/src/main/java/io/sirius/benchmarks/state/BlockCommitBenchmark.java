package io.sirius.benchmarks.state;

import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.benchmarks.Results;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore;
import io.sirius.state.internal.MapDbStateStoreFactory;
import io.sirius.state.internal.StoreOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The state store's share of a block of {@code transfers} transfers to fresh accounts, as the kernel writes it, without
 * the kernel: per transfer two account entries (sender, recipient) and the kernel's index entries (duplicate-check
 * hash and deadline, history by hash and by account for sender and recipient, balance history for both, the
 * currency's holders moved from the old balance to the new for both, the sender's old row read and removed), that is
 * 2 cache entries and 10 index changes; each block is its own delta, its Merkle roots computed and committed durably.
 * The store first holds {@code fill} such blocks. Prints, per block, the commit's wall time and the committing
 * thread's CPU time, so a change to the store can be compared on a busy machine.
 *
 * <p>Settings (system properties): {@code transfers} (10,000), {@code fill} (10 blocks), {@code blocks} (10 timed),
 * {@code senders} (1,000), {@code dir} (a temporary directory), {@code out}.
 */
public final class BlockCommitBenchmark {
    static final CacheDescriptor<byte[], AccountStateSerializer.Account> ACCOUNTS = StateStoreBenchmark.ACCOUNTS;

    private final int transfers = Integer.getInteger("transfers", 10_000);
    private final int fill = Integer.getInteger("fill", 10);
    private final int blocks = Integer.getInteger("blocks", 10);
    private final int senders = Integer.getInteger("senders", 1_000);
    private final Random random = new Random(42);
    private long height;
    private int nextAccount;

    private BlockCommitBenchmark() {
    }

    /**
     * @param args none; settings are system properties
     */
    public static void main(String[] args) throws IOException {
        new BlockCommitBenchmark().run();
    }

    private void run() throws IOException {
        Path directory = System.getProperty("dir") == null ? Files.createTempDirectory("sirius-commit")
                : Files.createDirectories(Path.of(System.getProperty("dir")));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        try (StateStore store = new MapDbStateStoreFactory(StoreOptions.DEFAULTS).openState(directory.resolve("state"))) {
            nextAccount = senders;
            for (int b = 0; b < fill + blocks; b++) {
                StateChanges delta = block(store);
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                delta.root("account");
                store.commit(delta, ++height);
                double ms = (System.nanoTime() - t0) / 1e6;
                double cms = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
                if (b >= fill) {
                    wall.add(ms);
                    cpuMs.add(cms);
                    System.out.printf(Locale.ROOT, "block %d: %,d changes committed in %.0f ms (%.0f ms CPU)%n", height,
                            transfers * 12L, ms, cms);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        double medianWall = median(wall);
        double medianCpu = median(cpuMs);
        System.out.printf(Locale.ROOT, "state commit of a %,d-transfer block: median %.0f ms, %.0f ms CPU (%.1f us CPU per "
                + "transfer)%n", transfers, medianWall, medianCpu, medianCpu * 1000 / transfers);
        Results results = new Results();
        results.put("state_commit_ms", medianWall);
        results.put("state_commit_cpu_ms", medianCpu);
        results.writeIfAsked();
    }

    private long[] senderBalances;

    private long balances(int sender) {
        if (senderBalances == null) {
            senderBalances = new long[senders];
        }
        return senderBalances[sender];
    }

    private static byte[] holderKey(long amount, int account) {
        return ByteBuffer.allocate(41).putLong(0x6C5D687508AC9D75L).putLong(~amount).put(StateStoreBenchmark.address(account))
                .array();
    }

    private StateChanges block(StateStore store) {
        StateChanges delta = store.begin();
        CacheDelta<byte[], AccountStateSerializer.Account> accounts = delta.cache(ACCOUNTS);
        StateChanges.IndexWriter txHash = delta.index("tx_hash");
        StateChanges.IndexWriter txDeadline = delta.index("tx_deadline");
        StateChanges.IndexWriter historyTx = delta.index("history_tx");
        StateChanges.IndexWriter historyAccount = delta.index("history_account");
        StateChanges.IndexWriter balances = delta.index("balance_history");
        StateChanges.IndexWriter holders = delta.index("d_core_holders");
        long deadline = 1_000_000_000L + height * 2_000;
        for (int i = 0; i < transfers; i++) {
            int sender = random.nextInt(senders);
            int recipient = nextAccount++;
            accounts.put(StateStoreBenchmark.address(sender), StateStoreBenchmark.account(sender, height * 100_000 + i));
            accounts.put(StateStoreBenchmark.address(recipient), StateStoreBenchmark.account(recipient, 1));
            byte[] hash = new byte[32];
            random.nextBytes(hash);
            txHash.put(hash, ByteBuffer.allocate(16).putLong(height + 1).putLong(deadline).array());
            txDeadline.put(ByteBuffer.allocate(40).putLong(deadline + i).put(hash).array(), new byte[0]);
            historyTx.put(hash, new byte[70]);
            long before = balances(sender);
            long after = before - 1;
            if (before != 0) {
                holders.remove(holderKey(before, sender));
            }
            holders.put(holderKey(after, sender), new byte[0]);
            holders.put(holderKey(1, recipient), new byte[0]);
            senderBalances[sender] = after;
            for (int account : new int[] {sender, recipient}) {
                byte[] address = StateStoreBenchmark.address(account);
                historyAccount.put(ByteBuffer.allocate(37).put(address).putLong(height + 1).putInt(i).array(),
                        new byte[3]);
                balances.put(ByteBuffer.allocate(33).put(address).putLong(height + 1).array(), new byte[8]);
            }
        }
        return delta;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
