package io.sirius.kernel.internal.chain;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.account.AccountType;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.entity.Block;
import io.sirius.api.entity.BlockHeader;
import io.sirius.api.entity.Transaction;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.Hashes;
import io.sirius.kernel.config.ChainSettings;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.internal.core.BalanceHistory;
import io.sirius.kernel.internal.core.CoreResults;
import io.sirius.kernel.internal.history.TransactionCounts;
import io.sirius.kernel.receipts.BlockStatement;
import io.sirius.kernel.receipts.ReceiptRecorder;
import io.sirius.kernel.receipts.StatementBuilder;
import io.sirius.kernel.internal.history.TransactionIndex;
import io.sirius.kernel.internal.pipeline.ActivePlugins;
import io.sirius.kernel.internal.pipeline.AddressBook;
import io.sirius.kernel.internal.pipeline.BlockFees;
import io.sirius.kernel.internal.pipeline.CoreNotifications;
import io.sirius.kernel.internal.pipeline.Environment;
import io.sirius.kernel.internal.pipeline.NetworkIdentity;
import io.sirius.kernel.internal.pipeline.ParsedTransaction;
import io.sirius.kernel.internal.pipeline.Participants;
import io.sirius.kernel.internal.pipeline.Rejection;
import io.sirius.kernel.internal.pipeline.TransactionParser;
import io.sirius.kernel.internal.pipeline.TransactionProcessor;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore.StateReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Validates a block against its parent and executes it into a delta, or builds one from candidate transactions.
 * The checks, in order: structure, header links (height, previous hash, time), signature, difficulty, harvester
 * eligibility and hit, transaction count and transactions hash, each transaction's stateless checks (in parallel)
 * then stateful validation and observation (in order), the block notification, and the state hash.
 */
public final class BlockProcessor {
    /** The block versions classic PoS produces and accepts. */
    static final int BLOCK_VERSION = 3;

    private final NetworkIdentity identity;
    private final ConfigHistory configs;
    private final PluginSelector selector;
    private final AddressBook addresses;
    private final EntitySigner signer;
    private final ExecutorService verifiers;
    private final int parallelism;
    private final TransactionParser parser;
    /** The last environment made, reused for the same height, config and plugins (see {@link #environment}). */
    private volatile Environment lastEnvironment;

    /**
     * @param identity the network's immutable settings
     * @param configs the network config history
     * @param selector picks the active plugins for a config
     * @param addresses the address book
     * @param signer verifies block signatures
     * @param verifiers threads for stateless checks
     * @param parallelism how many of them
     */
    public BlockProcessor(NetworkIdentity identity, ConfigHistory configs, PluginSelector selector, AddressBook addresses,
            EntitySigner signer, ExecutorService verifiers, int parallelism) {
        this.identity = identity;
        this.configs = configs;
        this.selector = selector;
        this.addresses = addresses;
        this.signer = signer;
        this.verifiers = verifiers;
        this.parallelism = Math.max(1, parallelism);
        this.parser = new TransactionParser(identity.generationHash());
    }

    /** How a block reaches the processor. */
    public enum Mode {
        /** The nemesis block: no parent, no consensus checks. */
        NEMESIS,
        /** A block from a harvester or a peer: every check, including the clock. */
        RECEIVED,
        /** A stored block replayed at start: every check but the clock. */
        REPLAY
    }

    /**
     * A block that passed and was executed.
     *
     * @param bytes its bytes
     * @param header its header
     * @param meta what is stored beside it
     * @param transactions its transactions
     * @param tip the chain's tip once it is committed
     */
    public record Processed(byte[] bytes, BlockHeader header, BlockMeta meta, List<ParsedTransaction> transactions, ChainTip tip) {
    }

    /**
     * @param block the block, if it passed
     * @param rejection why not, otherwise
     */
    public record Outcome(Processed block, Rejection rejection) {
        static Outcome reject(io.sirius.api.result.ResultCode code, String detail) {
            return new Outcome(null, new Rejection(code, detail));
        }
    }

    /** @return the network's generation hash */
    Hash256 identityGenerationHash() {
        return identity.generationHash();
    }

    /** @return the address book */
    public AddressBook addresses() {
        return addresses;
    }

    /** @return the network's immutable settings */
    public NetworkIdentity identity() {
        return identity;
    }

    /**
     * The environment at a height.
     *
     * @param height the height
     * @param time the block time
     * @param state the state before the block
     * @return the environment
     * @throws MissingPluginsException if the config in force enables plugins this node lacks
     */
    public Environment environment(long height, long time, StateReader state) throws MissingPluginsException {
        NetworkConfiguration config = configs.at(height, state);
        ActivePlugins plugins = selector.select(config, height);
        Environment last = lastEnvironment;
        if (last != null && last.height().value() == height && last.config() == config && last.plugins() == plugins) {
            // every announcement asks for the next height's environment: share its memo of parsed plugin sections
            return last.blockTime().value() == time ? last : last.at(last.height(), new Timestamp(time));
        }
        Environment made = Environment.of(identity, new Height(height), new Timestamp(time), config, plugins, addresses);
        lastEnvironment = made;
        return made;
    }

    /**
     * Validates and executes a block into {@code changes}. On rejection the delta holds partial changes and must be
     * dropped.
     *
     * @param bytes the block
     * @param parent the chain's tip (null for the nemesis block)
     * @param history the last blocks for the difficulty, oldest first, ending with the parent
     * @param changes a fresh delta over the parent's state
     * @param mode how the block arrived
     * @param now the node's time in ms since the Sirius epoch (for the future-time check)
     * @return the outcome
     * @throws MissingPluginsException if the block's height needs plugins this node lacks
     */
    public Outcome process(byte[] bytes, ChainTip parent, List<PosRules.DifficultyInfo> history, StateChanges changes,
            Mode mode, long now) throws MissingPluginsException {
        Block block;
        try {
            block = Block.decode(bytes);
        } catch (DecodeException e) {
            return Outcome.reject(CoreResults.CONSUMER_MALFORMED, "malformed block: " + e.getMessage());
        }
        BlockHeader header = block.header();
        long height = header.height().value();
        Environment environment = environment(height, header.timestamp().value(), changes);
        ChainSettings chain = environment.config().chain();
        if (header.version().networkIdentifier() != identity.network().identifier()) {
            return Outcome.reject(CoreResults.WRONG_NETWORK, "block " + height + " is of another network");
        }
        if (header.version().version() != BLOCK_VERSION) {
            return Outcome.reject(CoreResults.INVALID_VERSION, "block version " + header.version().version()
                    + " is not produced by classic PoS (version " + BLOCK_VERSION + ")");
        }
        Hash256 generationHash;
        if (mode == Mode.NEMESIS) {
            if (height != 1 || !header.type().equals(EntityType.NEMESIS_BLOCK) || !header.signer().equals(identity.nemesisSigner())
                    || !header.previousBlockHash().isZero()) {
                return Outcome.reject(CoreResults.CHAIN_UNLINKED, "not this network's nemesis block");
            }
            generationHash = identity.generationHash();
        } else {
            if (!header.type().equals(EntityType.BLOCK)) {
                return Outcome.reject(CoreResults.INVALID_VERSION, "type " + header.type() + " is not a block");
            }
            if (height != parent.height() + 1 || !header.previousBlockHash().equals(parent.hash())) {
                return Outcome.reject(CoreResults.CHAIN_UNLINKED, "block " + height + " does not follow block "
                        + parent.height() + " " + parent.hash());
            }
            if (header.timestamp().value() <= parent.timestamp()) {
                return Outcome.reject(CoreResults.CHAIN_UNLINKED, "block " + height + " is not later than its parent");
            }
            if (mode == Mode.RECEIVED && header.timestamp().value() - chain.maxBlockFutureTime().toMillis() > now) {
                return Outcome.reject(CoreResults.CHAIN_UNLINKED, "block " + height + " is too far in the future");
            }
            generationHash = EntityHasher.blockGenerationHash(parent.generationHash(), header.signer());
        }
        if (!signer.verifyBlock(bytes)) {
            return Outcome.reject(CoreResults.SIGNATURE_NOT_VERIFIABLE, "block " + height + " has a bad signature");
        }
        if (mode != Mode.NEMESIS) {
            long expected = PosRules.difficulty(history, header.timestamp().value(), chain);
            if (expected != header.difficulty()) {
                return Outcome.reject(CoreResults.CONSUMER_REMOTE_CHAIN_MISMATCHED_DIFFICULTIES, "block " + height
                        + " has difficulty " + Long.toUnsignedString(header.difficulty()) + ", the chain gives "
                        + Long.toUnsignedString(expected));
            }
            Rejection hit = checkHit(header, parent, generationHash, changes, environment);
            if (hit != null) {
                return new Outcome(null, hit);
            }
        }
        if (block.transactions().size() > chain.maxTransactionsPerBlock()) {
            return Outcome.reject(CoreResults.TOO_MANY_TRANSACTIONS, "block " + height + " holds "
                    + block.transactions().size() + " transactions");
        }
        List<ParsedTransaction> transactions = new ArrayList<>(block.transactions().size());
        int offset = header.headerSize();
        for (Transaction t : block.transactions()) {
            byte[] payload = java.util.Arrays.copyOfRange(bytes, offset, offset + t.header().size());
            offset += t.header().size();
            TransactionParser.Outcome parsed;
            try {
                parsed = parser.parse(payload, environment.plugins());
            } catch (DecodeException e) {
                return Outcome.reject(CoreResults.CONSUMER_MALFORMED, "transaction " + transactions.size() + " of block "
                        + height + ": " + e.getMessage());
            }
            if (!parsed.ok()) {
                return new Outcome(null, parsed.rejection());
            }
            transactions.add(parsed.transaction());
        }
        List<Hash256> leaves = transactions.stream().map(ParsedTransaction::merkleHash).toList();
        if (!EntityHasher.blockTransactionsHash(leaves).equals(header.blockTransactionsHash())) {
            return Outcome.reject(CoreResults.CONSUMER_BLOCK_TRANSACTIONS_HASH_MISMATCH, "block " + height);
        }
        BlockFees fees = new BlockFees(header.feeMultiplier(), header.feeInterest(), header.feeInterestDenominator());
        List<List<Notification>> notifications = new ArrayList<>(transactions.size());
        for (ParsedTransaction tx : transactions) {
            notifications.add(TransactionProcessor.notifications(tx, environment, fees));
        }
        Rejection stateless = checkStatelessInParallel(notifications, environment, transactions);
        if (stateless != null) {
            return new Outcome(null, stateless);
        }
        long totalFee = 0;
        StatementBuilder statements = new StatementBuilder();
        for (int i = 0; i < transactions.size(); i++) {
            ReceiptRecorder recorder = new ReceiptRecorder();
            Rejection rejection = TransactionProcessor.execute(notifications.get(i), environment, changes, recorder);
            if (rejection != null) {
                return new Outcome(null, new Rejection(rejection.code(), "transaction " + transactions.get(i).hash()
                        + " of block " + height + ": " + rejection.detail()));
            }
            statements.add(i + 1, recorder);
            record(changes, transactions.get(i), height, i, notifications.get(i), environment);
            totalFee += CoreNotifications.fee(fees, transactions.get(i)).value();
        }
        TransactionCounts.record(changes, height, transactions.stream().map(tx -> tx.header().type()).toList());
        Rejection end = finish(header.signer(), header.beneficiary(), height, header.timestamp(), totalFee, header.feeInterest(),
                header.feeInterestDenominator(), environment, changes, statements);
        if (end != null) {
            return new Outcome(null, end);
        }
        Hash256 stateHash = stateHash(changes, environment.plugins());
        if (!stateHash.equals(header.stateHash())) {
            return Outcome.reject(CoreResults.CHAIN_BLOCK_INCONSISTENT_STATE_HASH, "block " + height + " claims state "
                    + header.stateHash() + ", its transactions lead to " + stateHash);
        }
        BlockStatement statement = statements.build();
        Hash256 receiptsHash = receiptsHash(statement);
        if (!receiptsHash.equals(header.blockReceiptsHash())) {
            return Outcome.reject(CoreResults.CHAIN_BLOCK_INCONSISTENT_RECEIPTS_HASH, "block " + height + " claims receipts "
                    + header.blockReceiptsHash() + ", its transactions lead to " + receiptsHash);
        }
        BigInteger score = PosRules.score(header.difficulty()).add(parent == null ? BigInteger.ZERO : parent.score());
        Hash256 hash = EntityHasher.blockHash(bytes);
        BlockMeta meta = new BlockMeta(hash, generationHash, new Amount(totalFee), transactions.size(), score, statement);
        ChainTip tip = new ChainTip(height, hash, generationHash, header.timestamp().value(), header.difficulty(), score);
        return new Outcome(new Processed(bytes, header, meta, transactions, tip), null);
    }

    /**
     * A candidate transaction the builder left out, and why.
     *
     * @param transaction the transaction
     * @param rejection why it failed at this height
     */
    public record Dropped(ParsedTransaction transaction, Rejection rejection) {
    }

    /**
     * A block built from candidates.
     *
     * @param block the signed, executed block
     * @param dropped candidates that failed
     */
    public record Built(Processed block, List<Dropped> dropped) {
    }

    /**
     * What a new block should look like apart from its transactions.
     *
     * @param parent the chain's tip, or null for the nemesis block
     * @param history the difficulty history ending with the parent (ignored for the nemesis block)
     * @param harvester the producer's key
     * @param timestamp the block's time
     * @param difficulty the difficulty, for the nemesis block only (otherwise computed)
     * @param feeMultiplier the fee multiplier
     * @param feeInterest the fee interest numerator
     * @param feeInterestDenominator its denominator
     * @param beneficiary who shares the fees (zero key for none)
     */
    public record Template(ChainTip parent, List<PosRules.DifficultyInfo> history, io.sirius.crypto.KeyPair harvester,
            long timestamp, long difficulty, int feeMultiplier, int feeInterest, int feeInterestDenominator,
            PublicKey beneficiary) {
    }

    /**
     * Builds, executes and signs a block holding the candidates that pass at its height, in the given order, up to
     * the network's limit. The caller has checked that the harvester may produce (see {@link #checkHit}).
     *
     * @param template the block's header facts
     * @param candidates parsed transactions, best first
     * @param changes a fresh delta over the parent's state
     * @return the block and the dropped candidates
     * @throws MissingPluginsException if the height needs plugins this node lacks
     */
    public Built build(Template template, List<ParsedTransaction> candidates, StateChanges changes) throws MissingPluginsException {
        boolean nemesis = template.parent() == null;
        long height = nemesis ? 1 : template.parent().height() + 1;
        Environment environment = environment(height, template.timestamp(), changes);
        ChainSettings chain = environment.config().chain();
        long difficulty = nemesis ? template.difficulty()
                : PosRules.difficulty(template.history(), template.timestamp(), chain);
        PublicKey producer = template.harvester().publicKey();
        Hash256 generationHash = nemesis ? identity.generationHash()
                : EntityHasher.blockGenerationHash(template.parent().generationHash(), producer);
        BlockFees fees = new BlockFees(template.feeMultiplier(), template.feeInterest(), template.feeInterestDenominator());

        int limit = Math.min(candidates.size(), chain.maxTransactionsPerBlock());
        List<List<Notification>> notifications = new ArrayList<>(limit);
        List<ParsedTransaction> considered = new ArrayList<>(limit);
        List<Dropped> dropped = new ArrayList<>();
        for (ParsedTransaction tx : candidates) {
            if (considered.size() == limit) {
                break;
            }
            if (environment.plugins().transaction(tx.header().type().value()) == null) {
                dropped.add(new Dropped(tx, new Rejection(CoreResults.INVALID_VERSION, "type " + tx.header().type()
                        + " is not active at height " + height)));
                continue;
            }
            considered.add(tx);
            notifications.add(TransactionProcessor.notifications(tx, environment, fees));
        }
        Rejection[] stateless = statelessEach(notifications, environment, considered);
        List<ParsedTransaction> included = new ArrayList<>();
        StatementBuilder statements = new StatementBuilder();
        long totalFee = 0;
        for (int i = 0; i < considered.size(); i++) {
            ParsedTransaction tx = considered.get(i);
            if (stateless[i] != null) {
                dropped.add(new Dropped(tx, stateless[i]));
                continue;
            }
            StateChanges child = changes.child();
            ReceiptRecorder recorder = new ReceiptRecorder();
            Rejection rejection = TransactionProcessor.execute(notifications.get(i), environment, child, recorder);
            if (rejection != null) {
                dropped.add(new Dropped(tx, rejection));
                continue;
            }
            changes.merge(child);
            statements.add(included.size() + 1, recorder);
            record(changes, tx, height, included.size(), notifications.get(i), environment);
            included.add(tx);
            totalFee += CoreNotifications.fee(fees, tx).value();
        }
        TransactionCounts.record(changes, height, included.stream().map(tx -> tx.header().type()).toList());
        Rejection end = finish(producer, template.beneficiary(), height, new Timestamp(template.timestamp()), totalFee,
                template.feeInterest(), template.feeInterestDenominator(), environment, changes, statements);
        if (end != null) {
            throw new IllegalStateException("the block notification failed for a block this node built: " + end.detail());
        }
        Hash256 stateHash = stateHash(changes, environment.plugins());
        BlockStatement statement = statements.build();
        List<Hash256> leaves = included.stream().map(ParsedTransaction::merkleHash).toList();
        BlockHeader header = new BlockHeader(BlockHeader.V3_SIZE, io.sirius.api.model.Signature.ZERO, producer,
                io.sirius.api.model.VersionField.of(identity.network(), io.sirius.api.model.DerivationScheme.UNSET, BLOCK_VERSION),
                nemesis ? EntityType.NEMESIS_BLOCK : EntityType.BLOCK, new Height(height), new Timestamp(template.timestamp()),
                difficulty, template.feeMultiplier(), nemesis ? Hash256.ZERO : template.parent().hash(),
                EntityHasher.blockTransactionsHash(leaves), receiptsHash(statement), stateHash, template.beneficiary(),
                template.feeInterest(), template.feeInterestDenominator(), 0, 0, 0);
        List<Transaction> body = included.stream().map(tx -> Transaction.decode(tx.payload())).toList();
        byte[] unsigned = Block.of(header, body, List.of()).encode();
        byte[] bytes = signer.signBlock(template.harvester(), unsigned);
        BlockHeader signed = Block.decode(bytes).header();
        BigInteger score = PosRules.score(difficulty).add(nemesis ? BigInteger.ZERO : template.parent().score());
        Hash256 hash = EntityHasher.blockHash(bytes);
        BlockMeta meta = new BlockMeta(hash, generationHash, new Amount(totalFee), included.size(), score, statement);
        ChainTip tip = new ChainTip(height, hash, generationHash, template.timestamp(), difficulty, score);
        return new Built(new Processed(bytes, signed, meta, included, tip), dropped);
    }

    /**
     * The stateless checks of a block's candidates, in parallel; signatures the unconfirmed pool verified already are
     * not verified again.
     */
    private Rejection[] statelessEach(List<List<Notification>> notifications, Environment environment,
            List<ParsedTransaction> transactions) {
        Rejection[] results = new Rejection[notifications.size()];
        int count = notifications.size();
        int unverified = 0;
        for (ParsedTransaction tx : transactions) {
            unverified += tx.signaturesVerified() ? 0 : 1;
        }
        if (unverified < 64 || parallelism == 1 || verifiers == null) {
            for (int i = 0; i < count; i++) {
                results[i] = TransactionProcessor.checkStateless(notifications.get(i), environment,
                        transactions.get(i).signaturesVerified());
            }
            return results;
        }
        int chunk = (count + parallelism - 1) / parallelism;
        List<Future<?>> futures = new ArrayList<>();
        for (int start = 0; start < count; start += chunk) {
            int from = start;
            int to = Math.min(count, start + chunk);
            futures.add(verifiers.submit(() -> {
                for (int i = from; i < to; i++) {
                    results[i] = TransactionProcessor.checkStateless(notifications.get(i), environment,
                            transactions.get(i).signaturesVerified());
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("stateless checks failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking transactions", e);
            }
        }
        return results;
    }

    /**
     * Adds a confirmed transaction to the history REST searches (see {@link TransactionIndex}).
     */
    private static void record(StateChanges changes, ParsedTransaction tx, long height, int index,
            List<Notification> notifications, Environment environment) {
        Map<Address, Integer> accounts = Participants.roles(tx.header().signer(), notifications, environment,
                Participants.resolvers(environment, changes));
        TransactionIndex.add(changes, tx.hash(), new TransactionIndex.Place(height, index, tx.header().type()), accounts);
    }

    /**
     * A block's own notifications, in execution order. As for every entity, the signer's public key becomes known;
     * a beneficiary's too (Sirius does the same, so state hashes agree: an account that only harvests still shows
     * its public key). Then the block notification (fees, difficulty, plugins' block rules).
     *
     * @param block the block notification
     * @return the notifications to execute, or to undo in reverse
     */
    static List<Notification> blockNotifications(BlockNotification block) {
        List<Notification> notifications = new ArrayList<>(3);
        notifications.add(new AccountPublicKeyNotification(block.signer()));
        if (!block.beneficiary().isZero()) {
            notifications.add(new AccountPublicKeyNotification(block.beneficiary()));
        }
        notifications.add(block);
        return notifications;
    }

    /**
     * The block notification, then the config crossing: the last steps of every block, processed or built.
     */
    Rejection finish(PublicKey blockSigner, PublicKey beneficiary, long height, Timestamp timestamp, long totalFee,
            int feeInterest, int feeInterestDenominator, Environment environment, StateChanges changes,
            StatementBuilder statements) {
        BlockNotification notification = new BlockNotification(blockSigner, beneficiary, new Height(height), timestamp,
                new Amount(totalFee), feeInterest, feeInterestDenominator);
        ReceiptRecorder recorder = new ReceiptRecorder();
        Rejection rejection = TransactionProcessor.execute(blockNotifications(notification), environment, changes, recorder);
        if (rejection != null) {
            return new Rejection(rejection.code(), "block " + height + ": " + rejection.detail());
        }
        statements.add(0, recorder);
        configs.markCrossing(height, changes);
        return null;
    }

    /**
     * @param statement a block's statements
     * @return the receipts hash its header carries: the statements' Merkle root, or zero on a chain created before
     *     receipts were kept (see {@link NetworkIdentity#verifiableReceipts()})
     */
    private Hash256 receiptsHash(BlockStatement statement) {
        return identity.verifiableReceipts() ? statement.hash() : Hash256.ZERO;
    }

    /**
     * Checks that the signer may harvest and that its generation hash hits the target.
     */
    Rejection checkHit(BlockHeader header, ChainTip parent, Hash256 generationHash, StateReader state, Environment environment) {
        ChainSettings chain = environment.config().chain();
        Amount balance = effectiveBalance(header.signer(), header.height().value(), state, chain);
        if (Long.compareUnsigned(balance.value(), chain.minHarvesterBalance()) < 0) {
            return new Rejection(CoreResults.BLOCK_HARVESTER_INELIGIBLE, "block " + header.height() + ": the signer's "
                    + "effective balance " + balance + " is below minHarvesterBalance " + chain.minHarvesterBalance());
        }
        BigInteger target = PosRules.target(header.timestamp().value() - parent.timestamp(), header.difficulty(),
                balance.value(), chain, header.feeInterest(), header.feeInterestDenominator());
        if (PosRules.hit(generationHash).compareTo(target) >= 0) {
            return new Rejection(CoreResults.CHAIN_BLOCK_NOT_HIT, "block " + header.height() + " does not hit its target");
        }
        return null;
    }

    /**
     * @param signer a block signer
     * @param height the block's height
     * @param state the state before the block
     * @param chain the chain settings
     * @return the effective balance harvesting is measured by (the main account's, for a remote signer)
     */
    public Amount effectiveBalance(PublicKey signer, long height, StateReader state, ChainSettings chain) {
        Address address = addresses.addressOf(signer);
        AccountState account = state.cache(AccountStateCache.DESCRIPTOR).find(address).orElse(null);
        if (account != null && account.type() == AccountType.REMOTE && account.linkedAccountKey().isPresent()) {
            address = addresses.addressOf(account.linkedAccountKey().get());
        } else if (account != null && account.type() == AccountType.MAIN) {
            return Amount.ZERO;
        }
        long windowStart = Math.max(1, height - chain.importanceGrouping());
        return BalanceHistory.effectiveBalance(state.index(BalanceHistory.INDEX), address, new Height(windowStart));
    }

    private Rejection checkStatelessInParallel(List<List<Notification>> notifications, Environment environment,
            List<ParsedTransaction> transactions) {
        int count = notifications.size();
        if (count < 64 || parallelism == 1 || verifiers == null) {
            return checkRange(notifications, environment, transactions, 0, count);
        }
        int chunk = (count + parallelism - 1) / parallelism;
        List<Future<Rejection>> futures = new ArrayList<>();
        for (int start = 0; start < count; start += chunk) {
            int from = start;
            int to = Math.min(count, start + chunk);
            Callable<Rejection> task = () -> checkRange(notifications, environment, transactions, from, to);
            futures.add(verifiers.submit(task));
        }
        Rejection first = null;
        for (Future<Rejection> future : futures) {
            try {
                Rejection r = future.get();
                if (first == null) {
                    first = r;
                }
            } catch (ExecutionException e) {
                return new Rejection(ResultCodes.FAILURE, "stateless check failed: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Rejection(ResultCodes.FAILURE, "interrupted");
            }
        }
        return first;
    }

    private static Rejection checkRange(List<List<Notification>> notifications, Environment environment,
            List<ParsedTransaction> transactions, int from, int to) {
        for (int i = from; i < to; i++) {
            Rejection r = TransactionProcessor.checkStateless(notifications.get(i), environment);
            if (r != null) {
                return new Rejection(r.code(), "transaction " + transactions.get(i).hash() + ": " + r.detail());
            }
        }
        return null;
    }

    /**
     * The StateHash: SHA3-256 over the Merkle roots of the state caches in CacheId order (the kernel's
     * NetworkConfig and AccountState, then the active plugins' caches).
     *
     * @param state the state
     * @param plugins the active plugins
     * @return the hash
     */
    public static Hash256 stateHash(StateReader state, ActivePlugins plugins) {
        List<CacheDescriptor<?, ?>> caches = new ArrayList<>();
        caches.add(NetworkConfigCache.DESCRIPTOR);
        caches.add(AccountStateCache.DESCRIPTOR);
        caches.addAll(plugins.caches());
        caches.sort(java.util.Comparator.comparingInt(CacheDescriptor::cacheId));
        byte[][] roots = new byte[caches.size()][];
        for (int i = 0; i < caches.size(); i++) {
            roots[i] = state.root(caches.get(i).name()).bytes();
        }
        return Hashes.sha3_256Hash(roots);
    }
}
