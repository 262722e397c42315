package io.sirius.kernel.internal.mempool;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hash256;
import io.sirius.api.notification.Notification;
import io.sirius.api.result.ResultCode;
import io.sirius.kernel.internal.chain.BlockProcessor;
import io.sirius.kernel.internal.chain.Chain;
import io.sirius.kernel.internal.chain.ChainListener;
import io.sirius.kernel.internal.chain.ChainTip;
import io.sirius.kernel.internal.chain.MissingPluginsException;
import io.sirius.kernel.internal.core.CoreResults;
import io.sirius.kernel.internal.pipeline.Environment;
import io.sirius.kernel.internal.pipeline.ParsedTransaction;
import io.sirius.kernel.internal.pipeline.Rejection;
import io.sirius.kernel.internal.pipeline.TransactionParser;
import io.sirius.kernel.internal.pipeline.TransactionProcessor;
import io.sirius.state.StateChanges;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unconfirmed transactions: announced, valid against the chain's state plus the transactions before them,
 * waiting for a block.
 *
 * <p>An announcement is parsed and checked statelessly (signature included) on the announcing thread, then checked
 * statefully against the pool's delta (the committed state with every pooled transaction applied) and applied to it.
 * After each block, included transactions leave and the rest
 * are re-applied to the new state; those that no longer pass leave with their reason. Expired ones leave too.
 * Blocks take candidates in arrival order by default (Sirius's {@code oldest}), or by fee ({@link Selection}); the
 * candidates are marked as verified ({@link ParsedTransaction#signaturesVerified()}), so a block built from them does
 * not verify their signatures again.
 *
 * <p>The delta is over the tip the pool last heard of ({@link #blockCommitted}, {@link #rolledBack}), never over a
 * newer one an announcement happened to read: between the chain's commit and the pool's update, an announcement
 * is checked against the pool as it stands (which holds the block's transactions as pooled ones), and the pool
 * alone moves its delta to the new tip, dropping what the block confirmed before re-applying the rest.
 *
 * <p>Re-applying is lazy: a block (or a drop, an expiry) only marks the delta stale, and the next announcement, or the
 * node's periodic {@link #expire}, rebuilds it. The thread committing blocks (the harvester's) thus never re-executes
 * the pool; transactions a block made invalid leave when the delta is rebuilt, or when a block's builder drops them.
 *
 * <p>Limits: a count and a byte budget; when full, a transaction that pays more per byte than the cheapest one
 * evicts it, otherwise it is refused with {@code Failure_Chain_Unconfirmed_Cache_Too_Full}.
 */
public final class UnconfirmedPool implements ChainListener {
    private static final Logger LOG = LoggerFactory.getLogger(UnconfirmedPool.class);

    private final Chain chain;
    private final TransactionParser parser;
    private final LongSupplier clock;
    private final int maxCount;
    private final long maxBytes;
    private final List<PoolListener> listeners;
    private final Map<Hash256, Entry> entries = new LinkedHashMap<>();
    /** The hashes of {@link #entries}, for the duplicate check announcements make before taking the lock. */
    private final Set<Hash256> pooled = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The pooled transactions applied over the state at {@link #deltaTip}; null when stale (rebuilt on demand). */
    private StateChanges delta;
    /** The tip the pool last heard of, which {@link #delta} is over. */
    private ChainTip deltaTip;
    private long bytes;
    private long sequence;

    /**
     * A pooled transaction.
     *
     * @param transaction the transaction
     * @param sequence its arrival order
     */
    public record Entry(ParsedTransaction transaction, long sequence) {
        long feePerKilobyte() {
            long fee = transaction.header().maxFee();
            return fee < 0 ? Long.MAX_VALUE : fee * 1000 / Math.max(1, transaction.size());
        }
    }

    /**
     * Outcome of an announcement.
     *
     * @param hash the transaction's hash, if it could be computed
     * @param rejection why it was refused; null if it is in the pool (or already was)
     */
    public record Submitted(Hash256 hash, Rejection rejection) {
        /** @return whether it is pooled */
        public boolean accepted() {
            return rejection == null;
        }
    }

    /**
     * Hears about transactions entering and leaving.
     */
    public interface PoolListener {
        /**
         * @param transaction now unconfirmed
         */
        default void added(ParsedTransaction transaction) {
        }

        /**
         * @param transaction no longer unconfirmed
         * @param rejection why, if it failed; null if it was confirmed
         */
        default void removed(ParsedTransaction transaction, Rejection rejection) {
        }

        /**
         * @param hash a transaction refused at announcement
         * @param deadline its deadline (0 if unknown)
         * @param code why
         * @param signer its signer, if the bytes were a transaction
         */
        default void refused(Hash256 hash, long deadline, ResultCode code, java.util.Optional<io.sirius.api.model.PublicKey> signer) {
        }
    }

    /**
     * @param chain the chain
     * @param parser parses announcements
     * @param clock the node's time, ms since the Sirius epoch
     * @param maxCount the most transactions pooled
     * @param maxBytes the most bytes pooled
     * @param listeners told about changes
     */
    public UnconfirmedPool(Chain chain, TransactionParser parser, LongSupplier clock, int maxCount, long maxBytes,
            List<PoolListener> listeners) {
        this.chain = chain;
        this.parser = parser;
        this.clock = clock;
        this.maxCount = maxCount;
        this.maxBytes = maxBytes;
        this.listeners = listeners;
    }

    /** @return the number of pooled transactions */
    public synchronized int size() {
        return entries.size();
    }

    /**
     * @param hash a hash
     * @return the pooled transaction with that hash, if any
     */
    public synchronized java.util.Optional<ParsedTransaction> find(Hash256 hash) {
        return java.util.Optional.ofNullable(entries.get(hash)).map(Entry::transaction);
    }

    /** @return the pooled transactions in arrival order */
    public synchronized List<ParsedTransaction> all() {
        return entries.values().stream().map(Entry::transaction).toList();
    }

    /**
     * Announces a transaction.
     *
     * @param payload its signed bytes
     * @return the outcome
     * @throws MissingPluginsException if block processing is paused for a missing plugin
     */
    public Submitted submit(byte[] payload) throws MissingPluginsException {
        ChainTip tip = chain.tip();
        long now = clock.getAsLong();
        Environment environment = chain.processor().environment(tip.height() + 1, Math.max(now, tip.timestamp() + 1),
                chain.state().view());
        TransactionParser.Outcome parsed;
        try {
            parsed = parser.parse(payload, environment.plugins());
        } catch (DecodeException e) {
            return refuse(null, 0, null, new Rejection(CoreResults.CONSUMER_MALFORMED, e.getMessage()));
        }
        if (!parsed.ok()) {
            return refuse(null, 0, null, parsed.rejection());
        }
        ParsedTransaction tx = parsed.transaction();
        if (pooled.contains(tx.hash())) {
            return new Submitted(tx.hash(), null);
        }
        List<Notification> notifications = TransactionProcessor.notifications(tx, environment, null);
        Rejection stateless = TransactionProcessor.checkStateless(notifications, environment);
        if (stateless != null) {
            return refuse(tx.hash(), tx.header().deadline().value(), tx.header().signer(), stateless);
        }
        ParsedTransaction verified = tx.withSignaturesVerified();
        synchronized (this) {
            if (entries.containsKey(tx.hash())) {
                return new Submitted(tx.hash(), null);
            }
            if (delta == null) {
                rebuild(deltaTip != null ? deltaTip : chain.tip());
            }
            if (deltaTip.height() != tip.height()) {
                // the chain moved while this announcement was being checked: execute it at the pool's height
                environment = chain.processor().environment(deltaTip.height() + 1,
                        Math.max(now, deltaTip.timestamp() + 1), delta);
                notifications = TransactionProcessor.notifications(tx, environment, null);
            }
            Entry entry = new Entry(verified, sequence++);
            if (entries.size() >= maxCount || bytes + tx.size() > maxBytes) {
                Entry cheapest = entries.values().stream()
                        .min(Comparator.comparingLong(Entry::feePerKilobyte).thenComparing(e -> -e.sequence())).orElse(null);
                if (cheapest == null || cheapest.feePerKilobyte() >= entry.feePerKilobyte()) {
                    return refuse(tx.hash(), tx.header().deadline().value(), tx.header().signer(), new Rejection(
                            CoreResults.CHAIN_UNCONFIRMED_CACHE_TOO_FULL, "the pool holds " + entries.size() + " transactions"));
                }
                remove(cheapest.transaction().hash(), new Rejection(CoreResults.CHAIN_UNCONFIRMED_CACHE_TOO_FULL,
                        "evicted by a transaction paying more per byte"));
                rebuild(deltaTip);
            }
            StateChanges child = delta.child();
            Rejection stateful = TransactionProcessor.execute(notifications, environment, child);
            if (stateful != null) {
                return refuse(tx.hash(), tx.header().deadline().value(), tx.header().signer(), stateful);
            }
            delta.merge(child);
            entries.put(tx.hash(), entry);
            pooled.add(tx.hash());
            bytes += tx.size();
        }
        listeners.forEach(l -> l.added(verified));
        return new Submitted(tx.hash(), null);
    }

    private Submitted refuse(Hash256 hash, long deadline, io.sirius.api.model.PublicKey signer, Rejection rejection) {
        if (hash != null) {
            listeners.forEach(l -> l.refused(hash, deadline, rejection.code(), java.util.Optional.ofNullable(signer)));
        }
        LOG.debug("Refused transaction {}: {} ({})", hash, rejection.detail(), rejection.code().statusName());
        return new Submitted(hash, rejection);
    }

    /**
     * How a block's builder picks among pooled transactions, as Sirius's {@code transactionSelectionStrategy}.
     */
    public enum Selection {
        /** Arrival order (Sirius's default): a transaction never comes before one it depends on. */
        OLDEST,
        /** Highest fee per byte first, then arrival: more fees for the harvester, but a transaction that depends on
         * a cheaper one waits for the next block. */
        MAXIMIZE_FEE,
        /** Lowest fee per byte first, then arrival. */
        MINIMIZE_FEE;

        /**
         * @param name {@code oldest}, {@code maximize-fee} or {@code minimize-fee} (any case, - or _)
         * @return the strategy
         * @throws IllegalArgumentException naming the accepted values
         */
        public static Selection parse(String name) {
            String wanted = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            for (Selection s : values()) {
                if (s.name().equals(wanted)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("transactionSelectionStrategy '" + name
                    + "' is not oldest, maximize-fee or minimize-fee");
        }
    }

    /**
     * @param max the most to return
     * @return pooled transactions in arrival order
     */
    public List<ParsedTransaction> candidates(int max) {
        return candidates(max, Selection.OLDEST);
    }

    /**
     * @param max the most to return
     * @param selection the order
     * @return pooled transactions in that order
     */
    public synchronized List<ParsedTransaction> candidates(int max, Selection selection) {
        if (selection == Selection.OLDEST) {
            // entries are kept in arrival order
            List<ParsedTransaction> out = new ArrayList<>(Math.min(max, entries.size()));
            for (Entry e : entries.values()) {
                if (out.size() == max) {
                    break;
                }
                out.add(e.transaction());
            }
            return out;
        }
        Comparator<Entry> order = switch (selection) {
            case OLDEST -> Comparator.comparingLong(Entry::sequence);
            case MAXIMIZE_FEE -> Comparator.comparingLong(Entry::feePerKilobyte).reversed().thenComparingLong(Entry::sequence);
            case MINIMIZE_FEE -> Comparator.comparingLong(Entry::feePerKilobyte).thenComparingLong(Entry::sequence);
        };
        return entries.values().stream().sorted(order).limit(max).map(Entry::transaction).toList();
    }

    /**
     * Drops transactions whose deadline has passed, and brings a stale delta up to date (the node calls this every
     * second).
     *
     * @return how many were dropped
     */
    public synchronized int expire() {
        long now = clock.getAsLong();
        List<Hash256> expired = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (Long.compareUnsigned(e.transaction().header().deadline().value(), now) < 0) {
                expired.add(e.transaction().hash());
            }
        }
        expired.forEach(h -> remove(h, new Rejection(CoreResults.CHAIN_TRANSACTION_EXPIRED, "its deadline passed")));
        if (deltaTip != null && (delta == null || !expired.isEmpty())) {
            rebuild(deltaTip);
        }
        return expired.size();
    }

    /**
     * Drops what the block confirmed and marks the delta stale: the rest is re-applied to the new state when next
     * needed.
     */
    @Override
    public synchronized void blockCommitted(BlockProcessor.Processed block) {
        delta = null;
        deltaTip = block.tip();
        for (ParsedTransaction tx : block.transactions()) {
            Entry e = entries.remove(tx.hash());
            if (e != null) {
                pooled.remove(tx.hash());
                bytes -= tx.size();
                listeners.forEach(l -> l.removed(e.transaction(), null));
            }
        }
    }

    /**
     * Drops candidates a block's builder found invalid at the block's height.
     *
     * @param dropped the candidates and their reasons
     */
    public synchronized void discard(List<BlockProcessor.Dropped> dropped) {
        for (BlockProcessor.Dropped d : dropped) {
            if (remove(d.transaction().hash(), d.rejection())) {
                delta = null;
            }
        }
    }

    @Override
    public synchronized void rolledBack(long height) {
        delta = null;
        deltaTip = chain.tip();
    }

    private boolean remove(Hash256 hash, Rejection rejection) {
        Entry e = entries.remove(hash);
        if (e != null) {
            pooled.remove(hash);
            bytes -= e.transaction().size();
            listeners.forEach(l -> l.removed(e.transaction(), rejection));
            return true;
        }
        return false;
    }

    /**
     * Re-applies every pooled transaction, in arrival order, to a fresh delta over the committed state; those that no
     * longer pass leave with their reason.
     */
    private void rebuild(ChainTip tip) {
        delta = chain.state().begin();
        deltaTip = tip;
        if (entries.isEmpty()) {
            return;
        }
        Environment environment;
        try {
            environment = chain.processor().environment(tip.height() + 1, Math.max(clock.getAsLong(), tip.timestamp() + 1),
                    delta);
        } catch (MissingPluginsException e) {
            LOG.warn("Unconfirmed transactions are kept but not re-validated: {}", e.getMessage());
            return;
        }
        Set<Hash256> failed = new HashSet<>();
        Map<Hash256, Rejection> reasons = new LinkedHashMap<>();
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
            Entry e = it.next();
            ParsedTransaction tx = e.transaction();
            if (environment.plugins().transaction(tx.header().type().value()) == null) {
                failed.add(tx.hash());
                reasons.put(tx.hash(), new Rejection(CoreResults.INVALID_VERSION, "its type is no longer active"));
                continue;
            }
            List<Notification> notifications = TransactionProcessor.notifications(tx, environment, null);
            StateChanges child = delta.child();
            Rejection r = TransactionProcessor.execute(notifications, environment, child);
            if (r == null) {
                delta.merge(child);
            } else if (!r.code().equals(CoreResults.HASH_EXISTS)) {
                failed.add(tx.hash());
                reasons.put(tx.hash(), r);
            }
            // else: confirmed by a block the chain committed and the pool has not heard of yet (it rebuilds between
            // the commit and blockCommitted): kept, not applied, until blockCommitted removes it as confirmed
        }
        failed.forEach(h -> remove(h, reasons.get(h)));
    }
}
