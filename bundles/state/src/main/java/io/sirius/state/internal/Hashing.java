package io.sirius.state.internal;

import io.sirius.api.StorageException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Spreads the hashing of a commit (leaf hashes, branch hashes) over a small pool of named daemon threads owned by
 * the engine component (created when it activates, shut down when it deactivates). Hashing is the largest CPU
 * cost of a block's root; only pure hashing runs here, never plugin code (serializers run on the caller's thread).
 * With one thread, or once the pool is shut down, everything runs on the caller.
 */
final class Hashing implements AutoCloseable {
    private static final int MIN_CHUNK = 512;
    private final int threads;
    private final ExecutorService pool;

    /**
     * @param threads how many threads hash at once, the caller included (1: no pool)
     */
    Hashing(int threads) {
        this.threads = Math.max(1, threads);
        if (this.threads == 1) {
            pool = null;
        } else {
            AtomicInteger count = new AtomicInteger();
            ThreadFactory factory = runnable -> {
                Thread thread = new Thread(runnable, "sirius-state-hash-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            pool = Executors.newFixedThreadPool(this.threads - 1, factory);
        }
    }

    /** A task over a range of indexes. */
    @FunctionalInterface
    interface Chunk {
        void run(int from, int to);
    }

    /**
     * Runs {@code task} over {@code [0, count)} split in chunks, one per thread, the caller taking the first.
     *
     * @param count the number of items
     * @param task what to do with a chunk of them
     */
    void forEachChunk(int count, Chunk task) {
        int parts = pool == null || pool.isShutdown() ? 1 : Math.min(threads, Math.max(1, count / MIN_CHUNK));
        if (parts == 1) {
            task.run(0, count);
            return;
        }
        List<CompletableFuture<Void>> others = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            int from = (int) ((long) count * p / parts);
            int to = (int) ((long) count * (p + 1) / parts);
            others.add(CompletableFuture.runAsync(() -> task.run(from, to), pool));
        }
        task.run(0, (int) ((long) count / parts));
        join(others);
    }

    /**
     * Runs independent tasks, the caller taking the last.
     *
     * @param tasks the tasks
     */
    void runAll(List<Runnable> tasks) {
        if (pool == null || pool.isShutdown() || tasks.size() < 2) {
            tasks.forEach(Runnable::run);
            return;
        }
        List<CompletableFuture<Void>> others = new ArrayList<>(tasks.size() - 1);
        for (int i = 0; i < tasks.size() - 1; i++) {
            others.add(CompletableFuture.runAsync(tasks.get(i), pool));
        }
        tasks.get(tasks.size() - 1).run();
        join(others);
    }

    private static void join(List<CompletableFuture<Void>> futures) {
        try {
            CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StorageException("hashing failed: " + cause, cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
