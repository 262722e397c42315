package io.sirius.benchmarks.state;

import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.CacheView;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore;
import io.sirius.state.internal.MapDbStateStoreFactory;
import io.sirius.state.internal.StoreOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The MapDB state store under a block's load, in a store of {@code entries} accounts (1,000,000 by default) with
 * the node's 1 GiB heap:
 *
 * <ul>
 *   <li>{@code commitBlock}: a delta changing {@code changes} existing accounts (30,000: a block of 10,000
 *       transfers touches sender, recipient and harvester accounts), its Merkle root, and its commit (journal
 *       fsync included, and the checkpoints that come due while the benchmark runs);</li>
 *   <li>{@code rootOfBlock}: the same delta's Merkle root only, without the commit (the root update cost);</li>
 *   <li>{@code read}: random reads of existing accounts through a view (decoded-entry cache of 50,000 per cache,
 *       so most reads go to MapDB).</li>
 * </ul>
 *
 * The store is built once per fork in a temporary directory (about a minute for a million accounts). Run with
 * {@code benchmarks/run-state.sh}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class StateStoreBenchmark {
    static final CacheDescriptor<byte[], AccountStateSerializer.Account> ACCOUNTS = new CacheDescriptor<>("account",
            0, AccountStateSerializer.KEYS, new AccountStateSerializer());
    private static final int LOAD_BATCH = 50_000;

    @Param("1000000")
    public int entries;

    @Param("30000")
    public int changes;

    private Path directory;
    private StateStore store;
    private long height;
    private final Random random = new Random(7);

    /** Fills the store. */
    @Setup(Level.Trial)
    public void fill() throws IOException {
        directory = Files.createTempDirectory("sirius-state-bench");
        store = new MapDbStateStoreFactory(StoreOptions.DEFAULTS).openState(directory.resolve("state"));
        for (int done = 0; done < entries; done += LOAD_BATCH) {
            StateChanges delta = store.begin();
            CacheDelta<byte[], AccountStateSerializer.Account> cache = delta.cache(ACCOUNTS);
            for (int i = done; i < Math.min(entries, done + LOAD_BATCH); i++) {
                cache.put(address(i), account(i, 0));
            }
            store.commit(delta, ++height);
        }
    }

    /** Deletes the store. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static byte[] address(int i) {
        return ByteBuffer.allocate(25).put((byte) 0xA8).putInt(i).putLong(i * 0x9E3779B97F4A7C15L).array();
    }

    static AccountStateSerializer.Account account(int i, long balance) {
        byte[] key = new byte[32];
        ByteBuffer.wrap(key).putLong(i);
        return new AccountStateSerializer.Account(address(i), key, 1, new long[] {0x6C5D687508AC9D75L, balance, 7,
                i});
    }

    private StateChanges blockDelta() {
        StateChanges delta = store.begin();
        CacheDelta<byte[], AccountStateSerializer.Account> cache = delta.cache(ACCOUNTS);
        for (int i = 0; i < changes; i++) {
            int n = random.nextInt(entries);
            cache.put(address(n), account(n, height + i));
        }
        return delta;
    }

    /** @return the committed root */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object commitBlock() {
        StateChanges delta = blockDelta();
        Object root = delta.root("account");
        store.commit(delta, ++height);
        return root;
    }

    /** @return the delta's root */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object rootOfBlock() {
        return blockDelta().root("account");
    }

    /** @return one account */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Optional<AccountStateSerializer.Account> read(ReadState state) {
        return state.view.find(address(state.next()));
    }

    /** A view and a per-thread random source. */
    @State(Scope.Thread)
    public static class ReadState {
        CacheView<byte[], AccountStateSerializer.Account> view;
        private Random random;
        private int bound;

        /** Takes a view. */
        @Setup(Level.Iteration)
        public void view(StateStoreBenchmark benchmark, Blackhole blackhole) {
            view = benchmark.store.view().cache(ACCOUNTS);
            bound = benchmark.entries;
            random = new Random(Thread.currentThread().getId());
        }

        int next() {
            return random.nextInt(bound);
        }
    }
}
