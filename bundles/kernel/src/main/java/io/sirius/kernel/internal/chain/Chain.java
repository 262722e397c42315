package io.sirius.kernel.internal.chain;

import io.sirius.api.model.Hash256;
import io.sirius.api.StorageException;
import io.sirius.api.entity.Block;
import io.sirius.api.entity.BlockHeader;
import io.sirius.api.entity.Transaction;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.Notification;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.internal.history.TransactionCounts;
import io.sirius.kernel.internal.history.TransactionIndex;
import io.sirius.kernel.internal.pipeline.BlockFees;
import io.sirius.kernel.internal.pipeline.Environment;
import io.sirius.kernel.internal.pipeline.ParsedTransaction;
import io.sirius.kernel.internal.pipeline.Rejection;
import io.sirius.kernel.internal.pipeline.TransactionParser;
import io.sirius.kernel.internal.pipeline.TransactionProcessor;
import io.sirius.state.BlockStore;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain: the block store (the source of truth), the state store and the tip, kept consistent.
 *
 * <p>Commit order: a block is appended to the block store (fsync'd) before the state delta is committed with its
 * height. A crash between the two leaves the state one or more blocks behind the block store; at open, the blocks
 * after the state's height are replayed, so no confirmed block is ever lost and the state reached is the same.
 *
 * <p>Every write (apply, harvest, rollback) holds the chain's lock; reads of {@link #tip()} never block.
 */
public final class Chain implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Chain.class);
    private static final int DIFFICULTY_WINDOW = 64;

    private final StateStore state;
    private final BlockStore blocks;
    private final BlockProcessor processor;
    private final ConfigHistory configs;
    private final NemesisSeed seed;
    private final List<ChainListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<PosRules.DifficultyInfo> recent = new ArrayDeque<>();
    private final Object writeLock = new Object();
    private volatile ChainTip tip;

    /**
     * @param state the state store
     * @param blocks the block store
     * @param processor validates and executes blocks
     * @param configs the network config history
     * @param seed the nemesis state seed, for replaying the nemesis block
     */
    public Chain(StateStore state, BlockStore blocks, BlockProcessor processor, ConfigHistory configs, NemesisSeed seed) {
        this.state = state;
        this.blocks = blocks;
        this.processor = processor;
        this.configs = configs;
        this.seed = seed;
    }

    /** @return the tip, or null before the nemesis block */
    public ChainTip tip() {
        return tip;
    }

    /** @return the state store */
    public StateStore state() {
        return state;
    }

    /** @return the block store */
    public BlockStore blocks() {
        return blocks;
    }

    /** @return the block processor */
    public BlockProcessor processor() {
        return processor;
    }

    /** @return the config history */
    public ConfigHistory configs() {
        return configs;
    }

    /**
     * @param listener hears about commits and rollbacks
     */
    public void addListener(ChainListener listener) {
        listeners.add(listener);
    }

    /**
     * @param listener a listener added before
     */
    public void removeListener(ChainListener listener) {
        listeners.remove(listener);
    }

    /**
     * Brings the chain up: loads the config history and the tip, and replays blocks stored after the state's height.
     *
     * @param progress told about replay progress (every 1,000 blocks and at the end)
     * @throws MissingPluginsException if replaying needs plugins this node lacks
     */
    public void open(Consumer<String> progress) throws MissingPluginsException {
        synchronized (writeLock) {
            configs.load(state.view());
            long stateHeight = state.height();
            long blockHeight = blocks.height();
            if (stateHeight > blockHeight) {
                throw new StorageException("the state is at height " + stateHeight + " but the block store only reaches "
                        + blockHeight + "; the block store was truncated or replaced: restore it, or delete the state "
                        + "directory to rebuild the state from the blocks");
            }
            if (stateHeight > 0) {
                tip = tipAt(stateHeight);
                loadRecent();
            }
            if (blockHeight > stateHeight) {
                progress.accept("replaying blocks " + (stateHeight + 1) + " to " + blockHeight
                        + " stored after the last committed state");
                for (long h = stateHeight + 1; h <= blockHeight; h++) {
                    byte[] bytes = blocks.read(h).orElseThrow(
                            () -> new StorageException("the block store has no block at a height it reports")).block();
                    StateChanges changes = state.begin();
                    if (h == 1) {
                        seed.apply(changes, processor.identity(), processor.addresses());
                    }
                    BlockProcessor.Outcome outcome = processor.process(bytes, tip, history(), changes,
                            h == 1 ? BlockProcessor.Mode.NEMESIS : BlockProcessor.Mode.REPLAY, Long.MAX_VALUE);
                    if (outcome.rejection() != null) {
                        throw new StorageException("stored block " + h + " does not replay: " + outcome.rejection().detail()
                                + " (" + outcome.rejection().code().statusName() + ")");
                    }
                    commitState(outcome.block(), changes);
                    if (h % 1000 == 0) {
                        progress.accept("replayed up to block " + h + " of " + blockHeight);
                    }
                }
                progress.accept("replay finished at height " + blockHeight);
            }
        }
    }

    /**
     * Commits the nemesis block of a new chain.
     *
     * @param nemesis the nemesis block, executed into {@code changes} (after seeding)
     * @param changes its delta
     */
    public void commitNemesis(BlockProcessor.Processed nemesis, StateChanges changes) {
        synchronized (writeLock) {
            if (tip != null || blocks.height() != 0) {
                throw new IllegalStateException("the chain already has a nemesis block");
            }
            commit(nemesis, changes);
        }
    }

    /**
     * Validates and applies a block on the tip.
     *
     * @param bytes the block
     * @param now the node's time, ms since the Sirius epoch
     * @return why it was refused, or empty if it is now the tip
     * @throws MissingPluginsException if the block needs plugins this node lacks
     */
    public Optional<Rejection> apply(byte[] bytes, long now) throws MissingPluginsException {
        synchronized (writeLock) {
            StateChanges changes = state.begin();
            BlockProcessor.Outcome outcome = processor.process(bytes, tip, history(), changes, BlockProcessor.Mode.RECEIVED, now);
            if (outcome.rejection() != null) {
                return Optional.of(outcome.rejection());
            }
            commit(outcome.block(), changes);
            return Optional.empty();
        }
    }

    /**
     * Builds a block on the tip from candidates and commits it.
     *
     * @param template the block's header facts; its parent and history are replaced with the current tip's
     * @param candidates transactions, best first
     * @return the block and the dropped candidates
     * @throws MissingPluginsException if the next height needs plugins this node lacks
     */
    public BlockProcessor.Built harvest(BlockProcessor.Template template, List<ParsedTransaction> candidates)
            throws MissingPluginsException {
        synchronized (writeLock) {
            BlockProcessor.Template onTip = new BlockProcessor.Template(tip, history(), template.harvester(),
                    template.timestamp(), template.difficulty(), template.feeMultiplier(), template.feeInterest(),
                    template.feeInterestDenominator(), template.beneficiary());
            long started = System.nanoTime();
            StateChanges changes = state.begin();
            BlockProcessor.Built built = processor.build(onTip, candidates, changes);
            long built0 = System.nanoTime();
            commit(built.block(), changes);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Harvested block {} with {} transactions: built in {} ms, committed in {} ms",
                        built.block().tip().height(), built.block().transactions().size(), (built0 - started) / 1_000_000,
                        (System.nanoTime() - built0) / 1_000_000);
            }
            return built;
        }
    }

    /**
     * Undoes the blocks above {@code height}, within the network's {@code maxRollbackBlocks}.
     *
     * @param height the height to return to
     * @throws MissingPluginsException if undoing needs plugins this node lacks
     * @throws IllegalArgumentException if the rollback is deeper than allowed or below the nemesis block
     */
    public void rollbackTo(long height) throws MissingPluginsException {
        synchronized (writeLock) {
            long top = tip.height();
            if (height >= top) {
                return;
            }
            NetworkConfiguration config = configs.at(top, state.view());
            if (height < 1 || top - height > config.chain().maxRollbackBlocks()) {
                throw new IllegalArgumentException("cannot roll back from " + top + " to " + height + ": at most "
                        + config.chain().maxRollbackBlocks() + " blocks, and never the nemesis block");
            }
            StateChanges changes = state.begin();
            TransactionParser parser = new TransactionParser(processor.identityGenerationHash());
            for (long h = top; h > height; h--) {
                undo(h, changes, parser);
            }
            state.commit(changes, height);
            blocks.truncate(height);
            configs.committed(height, state.view());
            tip = tipAt(height);
            loadRecent();
            LOG.info("Rolled back from height {} to {}", top, height);
            listeners.forEach(l -> l.rolledBack(height));
        }
    }

    private void undo(long height, StateChanges changes, TransactionParser parser) throws MissingPluginsException {
        BlockStore.StoredBlock stored = blocks.read(height).orElseThrow();
        Block block = Block.decode(stored.block());
        BlockHeader header = block.header();
        Environment environment = processor.environment(height, header.timestamp().value(), changes);
        BlockFees fees = new BlockFees(header.feeMultiplier(), header.feeInterest(), header.feeInterestDenominator());
        List<List<Notification>> all = new ArrayList<>();
        List<Hash256> hashes = new ArrayList<>();
        int offset = header.headerSize();
        for (Transaction t : block.transactions()) {
            byte[] payload = java.util.Arrays.copyOfRange(stored.block(), offset, offset + t.header().size());
            offset += t.header().size();
            ParsedTransaction tx = parser.parse(payload, environment.plugins()).transaction();
            all.add(TransactionProcessor.notifications(tx, environment, fees));
            hashes.add(tx.hash());
        }
        BlockMeta meta = BlockMeta.decode(stored.extra());
        configs.unmarkCrossing(height, changes);
        TransactionProcessor.undo(BlockProcessor.blockNotifications(new BlockNotification(header.signer(),
                header.beneficiary(), header.height(), header.timestamp(), meta.totalFee(), header.feeInterest(),
                header.feeInterestDenominator())), environment, changes);
        for (int i = all.size() - 1; i >= 0; i--) {
            TransactionProcessor.undo(all.get(i), environment, changes);
            TransactionIndex.remove(changes, hashes.get(i));
        }
        TransactionCounts.undo(changes, height);
    }

    private void commit(BlockProcessor.Processed block, StateChanges changes) {
        long started = System.nanoTime();
        blocks.append(block.tip().height(), block.bytes(), block.meta().encode());
        long stored = System.nanoTime();
        commitState(block, changes);
        long committed = System.nanoTime();
        listeners.forEach(l -> {
            try {
                l.blockCommitted(block);
            } catch (RuntimeException e) {
                LOG.error("A chain listener failed on block {}", block.tip().height(), e);
            }
        });
        if (LOG.isDebugEnabled()) {
            LOG.debug("Block {}: stored in {} ms, state committed in {} ms, listeners {} ms", block.tip().height(),
                    (stored - started) / 1_000_000, (committed - stored) / 1_000_000,
                    (System.nanoTime() - committed) / 1_000_000);
        }
    }

    private void commitState(BlockProcessor.Processed block, StateChanges changes) {
        state.commit(changes, block.tip().height());
        configs.committed(block.tip().height(), state.view());
        tip = block.tip();
        recent.addLast(new PosRules.DifficultyInfo(block.tip().height(), block.tip().timestamp(), block.tip().difficulty()));
        while (recent.size() > DIFFICULTY_WINDOW) {
            recent.removeFirst();
        }
    }

    private ChainTip tipAt(long height) {
        BlockStore.StoredBlock stored = blocks.read(height).orElseThrow(
                () -> new StorageException("the block store has no block at the state's height " + height));
        BlockMeta meta = BlockMeta.decode(stored.extra());
        BlockHeader header = Block.decode(stored.block()).header();
        return new ChainTip(height, meta.hash(), meta.generationHash(), header.timestamp().value(), header.difficulty(),
                meta.score());
    }

    private void loadRecent() {
        recent.clear();
        long from = Math.max(1, tip.height() - DIFFICULTY_WINDOW + 1);
        for (long h = from; h <= tip.height(); h++) {
            BlockHeader header = Block.decode(blocks.read(h).orElseThrow().block()).header();
            recent.addLast(new PosRules.DifficultyInfo(h, header.timestamp().value(), header.difficulty()));
        }
    }

    /**
     * @return the difficulty history for the next block: the last {@code maxDifficultyBlocks} blocks, oldest first
     */
    public List<PosRules.DifficultyInfo> history() {
        if (tip == null) {
            return List.of();
        }
        int wanted = configs.at(tip.height() + 1, state.view()).chain().maxDifficultyBlocks();
        List<PosRules.DifficultyInfo> all = new ArrayList<>(recent);
        return all.subList(Math.max(0, all.size() - wanted), all.size());
    }

    /**
     * @param height a height
     * @return the chain's block there with its meta
     */
    public Optional<BlockStore.StoredBlock> block(long height) {
        return blocks.read(height);
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            blocks.close();
            state.close();
        }
    }
}
