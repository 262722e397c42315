package io.sirius.kernel.internal.mempool;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.notification.Notification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.crypto.Ed25519;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bonded aggregates waiting for cosignatures (Sirius's partial transaction cache).
 *
 * <p>A bonded aggregate is announced with the cosignatures it has; detached cosignatures arrive later, each a
 * signature of the aggregate's hash. Every time, the aggregate is validated against the committed state as a block
 * would validate it, except that {@value io.sirius.api.result.ResultCodes#AGGREGATE_MISSING_COSIGNERS}
 * ({@code Failure_Aggregate_Missing_Cosigners}) is gone past: if nothing else fails it waits here; once that failure
 * is gone too it is complete and moves to the unconfirmed pool, cosignatures included. A cosignature that makes the
 * aggregate fail with {@code Failure_Aggregate_Ineligible_Cosigners} is refused and the aggregate keeps waiting; any
 * other failure drops the aggregate. Aggregates leave when confirmed, when their deadline passes, or when a block
 * makes them invalid. Which cosigners an aggregate needs is the plugins' business (aggregate, multisig): the cache
 * only reads their verdicts.
 */
public final class PartialPool implements ChainListener {
    private static final Logger LOG = LoggerFactory.getLogger(PartialPool.class);

    private final Chain chain;
    private final TransactionParser parser;
    private final LongSupplier clock;
    private final Ed25519 ed25519;
    private final UnconfirmedPool pool;
    private final int maxCount;
    private final List<PartialListener> listeners;
    private final Map<Hash256, ParsedTransaction> entries = new LinkedHashMap<>();

    /**
     * Hears about bonded aggregates and their cosignatures.
     */
    public interface PartialListener {
        /** @param aggregate now waiting for cosignatures */
        default void added(ParsedTransaction aggregate) {
        }

        /**
         * @param aggregate no longer waiting
         * @param rejection why it was dropped; null if it completed (it went to the unconfirmed pool) or was confirmed
         */
        default void removed(ParsedTransaction aggregate, Rejection rejection) {
        }

        /**
         * @param aggregate the aggregate as it now stands
         * @param cosignature the cosignature it gained
         */
        default void cosigned(ParsedTransaction aggregate, Cosignature cosignature) {
        }

        /**
         * @param hash an aggregate refused at announcement
         * @param deadline its deadline
         * @param code why
         * @param signer its signer
         */
        default void refused(Hash256 hash, long deadline, ResultCode code, PublicKey signer) {
        }
    }

    /**
     * What became of an announcement or a cosignature.
     *
     * @param hash the aggregate's hash, when known
     * @param rejection why it was refused, or null
     * @param complete whether the aggregate went on to the unconfirmed pool
     */
    public record Outcome(Hash256 hash, Rejection rejection, boolean complete) {
        /** @return whether it was accepted */
        public boolean accepted() {
            return rejection == null;
        }
    }

    /**
     * @param chain the chain
     * @param parser parses announcements
     * @param clock the node's time, ms since the Sirius epoch
     * @param ed25519 verifies detached cosignatures
     * @param pool where complete aggregates go
     * @param maxCount the most aggregates waiting
     * @param listeners told about changes
     */
    public PartialPool(Chain chain, TransactionParser parser, LongSupplier clock, Ed25519 ed25519, UnconfirmedPool pool,
            int maxCount, List<PartialListener> listeners) {
        this.chain = chain;
        this.parser = parser;
        this.clock = clock;
        this.ed25519 = ed25519;
        this.pool = pool;
        this.maxCount = maxCount;
        this.listeners = listeners;
    }

    /** @return how many aggregates wait */
    public synchronized int size() {
        return entries.size();
    }

    /**
     * @param hash an aggregate's hash
     * @return the aggregate, with the cosignatures it has, if it waits here
     */
    public synchronized Optional<ParsedTransaction> find(Hash256 hash) {
        return Optional.ofNullable(entries.get(hash));
    }

    /** @return the waiting aggregates, in arrival order */
    public synchronized List<ParsedTransaction> all() {
        return List.copyOf(entries.values());
    }

    /**
     * Announces a bonded aggregate ({@code PUT /transactions/partial}).
     *
     * @param payload its signed bytes, with the cosignatures it has
     * @return the outcome
     * @throws MissingPluginsException if block processing is paused for a missing plugin
     */
    public Outcome submit(byte[] payload) throws MissingPluginsException {
        Environment environment = environment();
        TransactionParser.Outcome parsed;
        try {
            parsed = parser.parse(payload, environment.plugins());
        } catch (DecodeException e) {
            return new Outcome(null, new Rejection(CoreResults.CONSUMER_MALFORMED, e.getMessage()), false);
        }
        if (!parsed.ok()) {
            return new Outcome(null, parsed.rejection(), false);
        }
        ParsedTransaction tx = parsed.transaction();
        if (!EntityTypes.isBondedAggregate(tx.header().type())) {
            return refuse(tx, new Rejection(CoreResults.CONSUMER_MALFORMED, "a " + tx.descriptor().name() + " is not a "
                    + "bonded aggregate: announce it with PUT /transactions"));
        }
        synchronized (this) {
            if (entries.containsKey(tx.hash())) {
                return new Outcome(tx.hash(), null, false);
            }
            if (entries.size() >= maxCount) {
                return refuse(tx, new Rejection(CoreResults.CHAIN_UNCONFIRMED_CACHE_TOO_FULL, "the partial cache holds "
                        + entries.size() + " aggregates"));
            }
        }
        Verdict verdict = judge(tx, environment);
        if (verdict.rejection() != null) {
            return refuse(tx, verdict.rejection());
        }
        if (!verdict.missing()) {
            return complete(tx);
        }
        synchronized (this) {
            if (entries.putIfAbsent(tx.hash(), tx) != null) {
                return new Outcome(tx.hash(), null, false);
            }
        }
        listeners.forEach(l -> l.added(tx));
        LOG.debug("Bonded aggregate {} waits for cosignatures", tx.hash());
        return new Outcome(tx.hash(), null, false);
    }

    /**
     * Adds a detached cosignature ({@code PUT /transactions/cosignature}).
     *
     * @param parent the aggregate's hash
     * @param signer the cosigner
     * @param signature its signature of the aggregate's hash
     * @param scheme how it signed
     * @return the outcome
     * @throws MissingPluginsException if block processing is paused for a missing plugin
     */
    public Outcome cosign(Hash256 parent, PublicKey signer, Signature signature, DerivationScheme scheme)
            throws MissingPluginsException {
        ParsedTransaction current;
        synchronized (this) {
            current = entries.get(parent);
        }
        if (current == null) {
            return new Outcome(parent, new Rejection(CoreResults.CONSUMER_MALFORMED, "no bonded aggregate " + parent
                    + " waits for cosignatures here"), false);
        }
        AggregateTransaction aggregate = AggregateTransaction.decode(current.payload());
        if (current.header().signer().equals(signer)
                || aggregate.cosignatures().stream().anyMatch(c -> c.signer().equals(signer))) {
            return new Outcome(parent, null, false);
        }
        if (!ed25519.verify(signer, scheme, parent.bytes(), signature)) {
            return new Outcome(parent, new Rejection(CoreResults.SIGNATURE_NOT_VERIFIABLE, "the cosignature of " + signer
                    + " does not verify against " + parent), false);
        }
        boolean extended = EntityTypes.hasExtendedCosignatures(current.header().type());
        Cosignature cosignature = new Cosignature(extended ? scheme : DerivationScheme.UNSET, signer, signature);
        List<Cosignature> cosignatures = new ArrayList<>(aggregate.cosignatures());
        cosignatures.add(cosignature);
        byte[] payload = aggregate.withCosignatures(cosignatures).encode();
        Environment environment = environment();
        ParsedTransaction next = parser.parse(payload, environment.plugins()).transaction();
        if (next == null) {
            return new Outcome(parent, new Rejection(CoreResults.INVALID_VERSION, "the aggregate's types are no longer "
                    + "active"), false);
        }
        Verdict verdict = judge(next, environment);
        if (verdict.rejection() != null && verdict.rejection().code().value() == ResultCodes.AGGREGATE_INELIGIBLE_COSIGNERS) {
            return new Outcome(parent, verdict.rejection(), false);
        }
        synchronized (this) {
            if (entries.get(parent) != current) {
                return new Outcome(parent, new Rejection(CoreResults.CONSUMER_MALFORMED, "the aggregate changed meanwhile; "
                        + "send the cosignature again"), false);
            }
            if (verdict.rejection() != null) {
                entries.remove(parent);
            } else if (verdict.missing()) {
                entries.put(parent, next);
            } else {
                entries.remove(parent);
            }
        }
        if (verdict.rejection() != null) {
            listeners.forEach(l -> l.removed(current, verdict.rejection()));
            return new Outcome(parent, verdict.rejection(), false);
        }
        listeners.forEach(l -> l.cosigned(next, cosignature));
        if (verdict.missing()) {
            return new Outcome(parent, null, false);
        }
        listeners.forEach(l -> l.removed(current, null));
        return complete(next);
    }

    private Outcome complete(ParsedTransaction tx) throws MissingPluginsException {
        UnconfirmedPool.Submitted submitted = pool.submit(tx.payload());
        LOG.debug("Bonded aggregate {} is complete: {}", tx.hash(), submitted.accepted() ? "unconfirmed"
                : submitted.rejection().detail());
        return new Outcome(tx.hash(), submitted.rejection(), submitted.accepted());
    }

    private Outcome refuse(ParsedTransaction tx, Rejection rejection) {
        listeners.forEach(l -> l.refused(tx.hash(), tx.header().deadline().value(), rejection.code(), tx.header().signer()));
        LOG.debug("Refused bonded aggregate {}: {} ({})", tx.hash(), rejection.detail(), rejection.code().statusName());
        return new Outcome(tx.hash(), rejection, false);
    }

    /**
     * The aggregate's standing against the committed state.
     *
     * @param rejection a failure other than missing cosigners, or null
     * @param missing whether cosignatures are still missing
     */
    private record Verdict(Rejection rejection, boolean missing) {
    }

    private Verdict judge(ParsedTransaction tx, Environment environment) {
        List<Notification> notifications = TransactionProcessor.notifications(tx, environment, null);
        Rejection stateless = TransactionProcessor.checkStateless(notifications, environment);
        if (stateless != null) {
            return new Verdict(stateless, false);
        }
        StateChanges scratch = chain.state().begin();
        boolean[] missing = {false};
        Rejection stateful = TransactionProcessor.execute(notifications, environment, scratch,
                code -> code.value() == ResultCodes.AGGREGATE_MISSING_COSIGNERS, code -> missing[0] = true);
        return new Verdict(stateful, missing[0]);
    }

    private Environment environment() throws MissingPluginsException {
        ChainTip tip = chain.tip();
        return chain.processor().environment(tip.height() + 1, Math.max(clock.getAsLong(), tip.timestamp() + 1),
                chain.state().view());
    }

    /**
     * Drops aggregates whose deadline has passed.
     *
     * @return how many were dropped
     */
    public int expire() {
        long now = clock.getAsLong();
        List<ParsedTransaction> expired = new ArrayList<>();
        synchronized (this) {
            for (ParsedTransaction tx : entries.values()) {
                if (Long.compareUnsigned(tx.header().deadline().value(), now) < 0) {
                    expired.add(tx);
                }
            }
            expired.forEach(tx -> entries.remove(tx.hash()));
        }
        Rejection reason = new Rejection(CoreResults.CHAIN_TRANSACTION_EXPIRED, "its deadline passed before it was cosigned");
        expired.forEach(tx -> listeners.forEach(l -> l.removed(tx, reason)));
        return expired.size();
    }

    /** Drops what the block confirmed and what it made invalid. */
    @Override
    public void blockCommitted(BlockProcessor.Processed block) {
        List<ParsedTransaction> confirmed = new ArrayList<>();
        synchronized (this) {
            for (ParsedTransaction tx : block.transactions()) {
                ParsedTransaction waiting = entries.remove(tx.hash());
                if (waiting != null) {
                    confirmed.add(waiting);
                }
            }
        }
        confirmed.forEach(tx -> listeners.forEach(l -> l.removed(tx, null)));
        revalidate();
    }

    @Override
    public void rolledBack(long height) {
        revalidate();
    }

    private void revalidate() {
        List<ParsedTransaction> waiting = all();
        if (waiting.isEmpty()) {
            return;
        }
        Environment environment;
        try {
            environment = environment();
        } catch (MissingPluginsException e) {
            LOG.warn("Bonded aggregates are kept but not re-validated: {}", e.getMessage());
            return;
        }
        for (ParsedTransaction tx : waiting) {
            Verdict verdict;
            if (environment.plugins().transaction(tx.header().type().value()) == null) {
                verdict = new Verdict(new Rejection(CoreResults.INVALID_VERSION, "its type is no longer active"), false);
            } else {
                verdict = judge(tx, environment);
            }
            if (verdict.rejection() != null) {
                boolean removed;
                synchronized (this) {
                    removed = entries.remove(tx.hash(), tx);
                }
                if (removed) {
                    Rejection reason = verdict.rejection();
                    listeners.forEach(l -> l.removed(tx, reason));
                }
            }
        }
    }
}
