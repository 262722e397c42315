package io.sirius.state.internal;

/**
 * The MapDB engine's tuning, validated.
 *
 * @param entryCacheCapacity decoded entries kept per cache (0 disables the cache)
 * @param checkpointBytes the journal size after which the store file is forced and the journal emptied
 * @param blockSegmentBytes the size after which the block store starts a new segment file
 * @param hashThreads the threads that hash a commit's Merkle trees, the committing thread included (1: no pool)
 */
public record StoreOptions(int entryCacheCapacity, long checkpointBytes, long blockSegmentBytes, int hashThreads) {

    /**
     * The defaults: 50,000 decoded entries per cache, 256 MiB of journal between checkpoints (a checkpoint forces
     * every page the commits since the last one dirtied in the store file, so rarer is cheaper per commit; recovery
     * replays at most that much), 256 MiB block segments, one hashing thread per core.
     */
    public static final StoreOptions DEFAULTS = new StoreOptions(50_000, 256L << 20, 256L << 20,
            Runtime.getRuntime().availableProcessors());

    /** Checks the values. */
    public StoreOptions {
        if (entryCacheCapacity < 0) {
            throw new IllegalArgumentException("entryCacheCapacity " + entryCacheCapacity + " is negative");
        }
        if (checkpointBytes < 1) {
            throw new IllegalArgumentException("checkpointBytes " + checkpointBytes + " must be positive");
        }
        if (hashThreads < 1 || hashThreads > 64) {
            throw new IllegalArgumentException("hashThreads " + hashThreads + " must be between 1 and 64");
        }
        if (blockSegmentBytes < 1024 || blockSegmentBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("blockSegmentBytes " + blockSegmentBytes
                    + " must be between 1 KiB and 2 GiB");
        }
    }

    /**
     * @param config the component's configuration
     * @return the options it names
     */
    static StoreOptions of(MapDbStoreConfig config) {
        int threads = config.hashThreads() > 0 ? config.hashThreads() : Runtime.getRuntime().availableProcessors();
        return new StoreOptions(config.entryCacheCapacity(), config.checkpointMegabytes() * (1L << 20),
                config.blockSegmentMegabytes() * (1L << 20), Math.min(64, threads));
    }
}
