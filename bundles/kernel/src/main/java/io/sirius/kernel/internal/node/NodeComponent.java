package io.sirius.kernel.internal.node;

import io.sirius.api.SiriusException;
import io.sirius.api.entity.Block;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.Transaction;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.result.ResultCode;
import io.sirius.api.state.StateView;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.EntitySigner;
import io.sirius.kernel.chain.Announcement;
import io.sirius.kernel.chain.BlockInfo;
import io.sirius.kernel.chain.ChainEvents;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.ConfigTexts;
import io.sirius.kernel.chain.CosignatureEvent;
import io.sirius.kernel.chain.HarvestRequest;
import io.sirius.kernel.chain.HarvestResult;
import io.sirius.kernel.chain.NetworkInfo;
import io.sirius.kernel.chain.NodeStatus;
import io.sirius.kernel.chain.TransactionEvent;
import io.sirius.kernel.chain.TransactionPage;
import io.sirius.kernel.chain.TransactionQuery;
import io.sirius.kernel.chain.TransactionRecord;
import io.sirius.kernel.chain.TransactionState;
import io.sirius.kernel.config.ChainSettings;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.internal.PluginSource;
import io.sirius.kernel.internal.chain.BlockMeta;
import io.sirius.kernel.internal.chain.BlockProcessor;
import io.sirius.kernel.internal.chain.Chain;
import io.sirius.kernel.internal.chain.ChainListener;
import io.sirius.kernel.internal.chain.ChainTip;
import io.sirius.kernel.internal.chain.ConfigHistory;
import io.sirius.kernel.internal.chain.MissingPluginsException;
import io.sirius.kernel.internal.chain.NemesisSeed;
import io.sirius.kernel.internal.chain.PluginSelection;
import io.sirius.kernel.internal.chain.PosRules;
import io.sirius.kernel.internal.core.CoreSystem;
import io.sirius.kernel.internal.core.TransactionHashes;
import io.sirius.kernel.internal.history.HistorySearch;
import io.sirius.kernel.internal.history.TransactionIndex;
import io.sirius.kernel.internal.mempool.PartialPool;
import io.sirius.kernel.internal.mempool.UnconfirmedPool;
import io.sirius.kernel.internal.pipeline.AddressBook;
import io.sirius.kernel.internal.pipeline.Environment;
import io.sirius.kernel.internal.pipeline.NetworkIdentity;
import io.sirius.kernel.internal.pipeline.ParsedTransaction;
import io.sirius.kernel.internal.pipeline.Participants;
import io.sirius.kernel.internal.pipeline.Rejection;
import io.sirius.kernel.internal.pipeline.TransactionParser;
import io.sirius.kernel.internal.pipeline.TransactionProcessor;
import io.sirius.state.BlockStore;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore;
import io.sirius.state.StateStoreFactory;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node: opens the chain under the data directory (creating a devnet the first time if configured), replays what
 * the state lacks, and serves the chain to the rest of the node. Start-up runs on its own thread and reports its
 * progress in the status; block processing pauses, with the reason, while a plugin the network config enables is
 * missing, and resumes when it is back.
 *
 * <p>The state store engine is chosen by the {@code stores.target} property of {@code io.sirius.node}
 * (default {@code (engine=mapdb)}).
 */
@Component(service = ChainService.class, configurationPid = "io.sirius.node", immediate = true)
@Designate(ocd = NodeSettings.class)
public final class NodeComponent implements ChainService {
    private static final Logger LOG = LoggerFactory.getLogger(NodeComponent.class);

    private final NodeSettings settings;
    private final UnconfirmedPool.Selection candidateOrder;
    private final PluginSource plugins;
    private final StateStoreFactory stores;
    private final Ed25519 ed25519 = new Ed25519();
    private final EntitySigner signer = new EntitySigner(ed25519);
    private final List<ChainEvents> events = new CopyOnWriteArrayList<>();
    private final TransactionStates states = new TransactionStates(200_000);
    private final ExecutorService starter;
    private final ExecutorService verifiers;
    private final ScheduledExecutorService timer;
    private final int verifierThreads;
    private final Runnable pluginListener = this::pluginsChanged;

    private volatile NodeStatus.Phase phase = NodeStatus.Phase.STARTING;
    private volatile String detail = "opening the chain";
    private volatile NetworkIdentity identity;
    private volatile Chain chain;
    private volatile UnconfirmedPool pool;
    private volatile PartialPool partials;
    private volatile PluginSelection selection;
    private volatile TransactionParser parser;
    private volatile Devnet.Genesis genesis;
    private volatile PublicKey nodeKey;
    private volatile String lastPause;
    private boolean opened;

    /**
     * @param settings the node's settings
     * @param plugins the registry's accepted plugins
     * @param stores the state store engine
     */
    @Activate
    public NodeComponent(NodeSettings settings, @Reference(name = "plugins") PluginSource plugins,
            @Reference(name = "stores", target = "(engine=mapdb)") StateStoreFactory stores) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.candidateOrder = UnconfirmedPool.Selection.parse(settings.transactionSelectionStrategy());
        this.plugins = Objects.requireNonNull(plugins, "plugins");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.verifierThreads = settings.verifierThreads() > 0 ? settings.verifierThreads()
                : Runtime.getRuntime().availableProcessors();
        this.starter = Executors.newSingleThreadExecutor(named("sirius-node"));
        this.verifiers = Executors.newFixedThreadPool(verifierThreads, named("sirius-verify"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("sirius-timer"));
        plugins.addChangeListener(pluginListener);
        starter.execute(this::start);
    }

    @Deactivate
    void deactivate() {
        plugins.removeChangeListener(pluginListener);
        plugins.setActivationSource(null);
        timer.shutdownNow();
        starter.shutdownNow();
        verifiers.shutdownNow();
        try {
            starter.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Chain c = chain;
        if (c != null) {
            c.close();
        }
        LOG.info("Node stopped");
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    static long now() {
        return System.currentTimeMillis() - Timestamp.EPOCH_UNIX_MILLIS;
    }

    private Path dataDirectory0() {
        String configured = settings.dataDirectory();
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("karaf.data", "data"), "sirius");
    }

    private Path devnetTemplates() {
        String configured = settings.devnetConfigDirectory();
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("karaf.etc", "etc"), "sirius", "devnet");
    }

    private void start() {
        try {
            Path data = dataDirectory0();
            LOG.info("Opening the chain in {}", data);
            NetworkFiles files = new NetworkFiles(data.resolve("network"));
            if (!files.exist()) {
                if (!settings.devnet()) {
                    fail("the data directory " + data + " holds no chain and devnet creation is off: put the network's "
                            + "network.properties, config-network.properties and supported-entities.json in "
                            + files.directory() + " and its nemesis block in the block store, or set devnet = true");
                    return;
                }
                detail = "creating a development network";
                NetworkType network = NetworkType.fromName(settings.network());
                Devnet.Genesis created = Devnet.create(devnetTemplates(), data, network, settings.devnetFundedAccounts(),
                        new Amount(settings.devnetFundedAmount()), new Amount(settings.devnetHarvesterAmount()),
                        new Amount(settings.devnetInitialSupply()), now(), signer);
                files.write(created.identity(), created.seed());
                genesis = created;
                LOG.info("Created a {} development network; its keys are in {}", network.configName(),
                        data.resolve(Devnet.DIRECTORY));
            }
            identity = files.identity();
            nodeKey = NodeKey.readOrCreate(data.resolve("node.key"));
            NemesisSeed seed = files.seed();
            StateStore state = stores.openState(data.resolve("state"));
            BlockStore blocks = stores.openBlocks(data.resolve("blocks"));
            AddressBook addresses = new AddressBook(identity.network(), 100_000);
            ConfigHistory configs = new ConfigHistory();
            selection = new PluginSelection(CoreSystem.declaration(ed25519), plugins);
            BlockProcessor processor = new BlockProcessor(identity, configs, selection, addresses, signer, verifiers,
                    verifierThreads);
            parser = new TransactionParser(identity.generationHash());
            chain = new Chain(state, blocks, processor, configs, seed);
            plugins.setActivationSource(name -> activeSince(configs, name));
            advance();
        } catch (Exception | LinkageError e) {
            LOG.error("The node could not start", e);
            fail(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void fail(String why) {
        detail = why;
        phase = NodeStatus.Phase.FAILED;
        LOG.error("The node is not running: {}", why);
    }

    /** Moves start-up as far as the installed plugins allow. Runs on the node's thread. */
    private synchronized void advance() {
        if (phase == NodeStatus.Phase.FAILED || chain == null) {
            return;
        }
        try {
            if (!opened) {
                chain.open(message -> {
                    detail = message;
                    LOG.info("{}", message);
                });
                opened = true;
            }
            if (chain.tip() == null) {
                createNemesis();
            }
            if (pool == null) {
                pool = new UnconfirmedPool(chain, parser, NodeComponent::now, settings.maxUnconfirmedTransactions(),
                        settings.maxUnconfirmedBytes(), List.of(new PoolEvents()));
                chain.addListener(pool);
                partials = new PartialPool(chain, parser, NodeComponent::now, ed25519, pool,
                        settings.maxPartialTransactions(), List.of(new PartialEvents()));
                chain.addListener(partials);
                chain.addListener(new BlockEvents());
                timer.scheduleWithFixedDelay(this::expire, 1, 1, TimeUnit.SECONDS);
            }
            phase = NodeStatus.Phase.RUNNING;
            detail = null;
            ChainTip tip = chain.tip();
            LOG.info("Node running: height {}, tip {}", tip.height(), tip.hash());
            if (genesis != null) {
                announceDevnet();
                genesis = null;
            }
            checkPause();
        } catch (MissingPluginsException e) {
            phase = NodeStatus.Phase.PAUSED;
            detail = e.getMessage();
            LOG.warn("Start-up is waiting: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("The node could not start", e);
            fail(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void createNemesis() throws MissingPluginsException {
        Devnet.Genesis g = genesis;
        if (g == null) {
            throw new SiriusException("the block store is empty but the network files exist: restore the nemesis block "
                    + "into the block store, or delete " + dataDirectory0() + " to create a new devnet");
        }
        StateChanges changes = chain.state().begin();
        g.seed().apply(changes, g.identity(), chain.processor().addresses());
        Environment environment = chain.processor().environment(1, g.timestamp(), changes);
        List<ParsedTransaction> transfers = new ArrayList<>();
        for (byte[] payload : g.transactions()) {
            TransactionParser.Outcome parsed = parser.parse(payload, environment.plugins());
            if (!parsed.ok()) {
                throw new SiriusException("a nemesis transaction is refused: " + parsed.rejection().detail());
            }
            transfers.add(parsed.transaction());
        }
        BlockProcessor.Template template = new BlockProcessor.Template(null, List.of(), g.nemesis(), g.timestamp(),
                g.difficulty(), 0, 1, 2, PublicKey.ZERO);
        BlockProcessor.Built built = chain.processor().build(template, transfers, changes);
        if (!built.dropped().isEmpty()) {
            throw new SiriusException("the nemesis block could not include all its transactions: "
                    + built.dropped().get(0).rejection().detail());
        }
        chain.commitNemesis(built.block(), changes);
        LOG.info("Created the nemesis block {}", built.block().tip().hash());
    }

    private void announceDevnet() {
        Path devnet = dataDirectory0().resolve(Devnet.DIRECTORY);
        List<String> lines = List.of(
                "================================================================================",
                " New development network. Its funded accounts, with their private keys, are in",
                "   " + devnet.resolve("accounts.txt"),
                " The harvester key is " + devnet.resolve("harvester.key"),
                " Send a first transfer from the shell: sirius:devnet-transfer <address> <amount>",
                "================================================================================");
        lines.forEach(line -> LOG.warn("{}", line));
        lines.forEach(System.out::println);
    }

    private Optional<Height> activeSince(ConfigHistory configs, String name) {
        Long since = null;
        for (var entry : configs.reached().entrySet()) {
            if (entry.getValue().enabledPlugins().contains(name)) {
                if (since == null) {
                    since = entry.getKey();
                }
            } else {
                since = null;
            }
        }
        return Optional.ofNullable(since).map(Height::new);
    }

    private void pluginsChanged() {
        PluginSelection s = selection;
        if (s != null) {
            s.pluginsChanged();
        }
        if (!starter.isShutdown()) {
            starter.execute(() -> {
                if (phase == NodeStatus.Phase.PAUSED && (pool == null || chain.tip() == null)) {
                    advance();
                } else {
                    checkPause();
                }
            });
        }
    }

    /** Logs when block processing pauses for a missing plugin and when it resumes. */
    private void checkPause() {
        Optional<String> reason = pauseReason();
        String previous = lastPause;
        if (reason.isPresent() && !reason.get().equals(previous)) {
            LOG.warn("Block processing paused: {}", reason.get());
        } else if (reason.isEmpty() && previous != null) {
            LOG.info("Block processing resumed: every plugin the network config enables is present");
        }
        lastPause = reason.orElse(null);
    }

    private Optional<String> pauseReason() {
        Chain c = chain;
        if (c == null || c.tip() == null) {
            return Optional.empty();
        }
        try {
            c.processor().environment(c.tip().height() + 1, Math.max(now(), c.tip().timestamp() + 1), c.state().view());
            return Optional.empty();
        } catch (MissingPluginsException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void expire() {
        try {
            UnconfirmedPool p = pool;
            if (p != null) {
                p.expire();
            }
            PartialPool q = partials;
            if (q != null) {
                q.expire();
            }
        } catch (RuntimeException e) {
            LOG.error("Expiring unconfirmed transactions failed", e);
        }
    }

    // --- ChainService --------------------------------------------------------------------------------

    @Override
    public NodeStatus status() {
        Chain c = chain;
        ChainTip tip = c == null ? null : c.tip();
        NodeStatus.Phase p = phase;
        Optional<String> why = Optional.ofNullable(detail);
        if (p == NodeStatus.Phase.RUNNING) {
            Optional<String> paused = pauseReason();
            if (paused.isPresent()) {
                p = NodeStatus.Phase.PAUSED;
                why = paused;
            }
        }
        UnconfirmedPool u = pool;
        return new NodeStatus(p, tip == null ? 0 : tip.height(), tip == null ? Hash256.ZERO : tip.hash(),
                tip == null ? Optional.empty() : Optional.of(new Timestamp(tip.timestamp()).toInstant()),
                u == null ? 0 : u.size(), why);
    }

    @Override
    public Optional<NetworkInfo> network() {
        NetworkIdentity id = identity;
        return id == null ? Optional.empty()
                : Optional.of(new NetworkInfo(id.network(), id.generationHash(), id.currencyMosaicId(), id.nemesisSigner()));
    }

    @Override
    public Optional<BlockInfo> block(long height) {
        Chain c = chain;
        if (c == null || c.tip() == null || height < 1 || height > c.tip().height()) {
            return Optional.empty();
        }
        return c.block(height).map(stored -> {
            BlockMeta meta = BlockMeta.decode(stored.extra());
            return new BlockInfo(height, stored.block(), meta.hash(), meta.generationHash(), meta.totalFee(),
                    meta.transactionCount(), meta.score(), meta.statement());
        });
    }

    @Override
    public Announcement announce(byte[] payload) {
        UnconfirmedPool p = pool;
        if (p == null || phase != NodeStatus.Phase.RUNNING) {
            return new Announcement(Optional.empty(), false, "Failure_Node_Not_Running",
                    "the node is " + phase.name().toLowerCase(Locale.ROOT) + (detail == null ? "" : ": " + detail));
        }
        try {
            UnconfirmedPool.Submitted submitted = p.submit(payload);
            Rejection r = submitted.rejection();
            return r == null
                    ? new Announcement(Optional.of(submitted.hash()), true, "Success", "")
                    : new Announcement(Optional.ofNullable(submitted.hash()), false, r.code().statusName(), r.detail());
        } catch (MissingPluginsException e) {
            return new Announcement(Optional.empty(), false, "Failure_Node_Not_Running", e.getMessage());
        }
    }

    @Override
    public Announcement announcePartial(byte[] payload) {
        PartialPool q = partials;
        if (q == null || phase != NodeStatus.Phase.RUNNING) {
            return notRunning();
        }
        try {
            return announcement(q.submit(payload));
        } catch (MissingPluginsException e) {
            return new Announcement(Optional.empty(), false, "Failure_Node_Not_Running", e.getMessage());
        }
    }

    @Override
    public Announcement cosign(Hash256 parentHash, PublicKey cosigner, Signature signature, DerivationScheme scheme) {
        PartialPool q = partials;
        if (q == null || phase != NodeStatus.Phase.RUNNING) {
            return notRunning();
        }
        try {
            return announcement(q.cosign(parentHash, cosigner, signature, scheme));
        } catch (MissingPluginsException e) {
            return new Announcement(Optional.empty(), false, "Failure_Node_Not_Running", e.getMessage());
        }
    }

    private Announcement notRunning() {
        return new Announcement(Optional.empty(), false, "Failure_Node_Not_Running",
                "the node is " + phase.name().toLowerCase(Locale.ROOT) + (detail == null ? "" : ": " + detail));
    }

    private static Announcement announcement(PartialPool.Outcome outcome) {
        Rejection r = outcome.rejection();
        return r == null
                ? new Announcement(Optional.ofNullable(outcome.hash()), true, "Success", "")
                : new Announcement(Optional.ofNullable(outcome.hash()), false, r.code().statusName(), r.detail());
    }

    @Override
    public Optional<TransactionRecord> partialTransaction(Hash256 hash) {
        PartialPool q = partials;
        return q == null ? Optional.empty() : q.find(hash)
                .map(tx -> new TransactionRecord(tx.payload(), tx.hash(), tx.merkleHash(), 0, 0));
    }

    @Override
    public Optional<TransactionRecord> unconfirmedTransaction(Hash256 hash) {
        UnconfirmedPool p = pool;
        return p == null ? Optional.empty() : p.find(hash)
                .map(tx -> new TransactionRecord(tx.payload(), tx.hash(), tx.merkleHash(), 0, 0));
    }

    @Override
    public Optional<TransactionState> transaction(Hash256 hash) {
        Optional<TransactionState> known = states.get(hash);
        if (known.isPresent()) {
            return known;
        }
        Chain c = chain;
        if (c == null) {
            return Optional.empty();
        }
        Optional<TransactionState> recent = TransactionHashes.find(c.state().view().index(TransactionHashes.BY_HASH), hash)
                .map(l -> new TransactionState(hash, "confirmed", "Success", l.deadline().value(), l.height().value(),
                        Optional.empty()));
        if (recent.isPresent()) {
            return recent;
        }
        // Older than its deadline's pruning: the history still has it.
        return confirmedTransaction(hash).map(r -> new TransactionState(hash, "confirmed", "Success",
                Transaction.decode(r.payload()).header().deadline().value(), r.height(),
                Optional.of(Transaction.decode(r.payload()).header().signer())));
    }

    @Override
    public Optional<TransactionRecord> confirmedTransaction(Hash256 hash) {
        Chain c = chain;
        NetworkIdentity id = identity;
        if (c == null || id == null) {
            return Optional.empty();
        }
        return new HistorySearch(c.state().view(), c::block, id.generationHash()).find(hash);
    }

    @Override
    public TransactionPage transactions(TransactionQuery query) {
        Chain c = chain;
        NetworkIdentity id = identity;
        if (c == null || id == null) {
            throw new IllegalStateException("the node is " + phase.name().toLowerCase(Locale.ROOT));
        }
        switch (query.group()) {
            case "confirmed":
                return new HistorySearch(c.state().view(), c::block, id.generationHash()).confirmed(query);
            case "unconfirmed":
                return unconfirmed(c, query);
            case "partial":
                PartialPool q = partials;
                return page(c, q == null ? List.of() : q.all(), query);
            default:
                throw new IllegalArgumentException("group must be confirmed, unconfirmed or partial, not '" + query.group() + "'");
        }
    }

    /** The pool in arrival order (oldest first), filtered like the history. */
    private TransactionPage unconfirmed(Chain c, TransactionQuery query) {
        UnconfirmedPool p = pool;
        return page(c, p == null ? List.of() : p.all(), query);
    }

    /** A page of waiting transactions (unconfirmed or partial) in arrival order, filtered like the history. */
    private TransactionPage page(Chain c, List<ParsedTransaction> all, TransactionQuery query) {
        List<ParsedTransaction> matching = new ArrayList<>();
        StateStore.StateReader view = c.state().view();
        Environment environment = null;
        for (ParsedTransaction tx : all) {
            if (!query.types().isEmpty() && !query.types().contains(tx.header().type())) {
                continue;
            }
            if (query.account().isPresent()) {
                if (environment == null) {
                    try {
                        environment = c.processor().environment(Math.max(1, c.tip().height()), c.tip().timestamp(), view);
                    } catch (MissingPluginsException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
                Map<Address, Integer> roles = Participants.roles(
                        tx.header().signer(), TransactionProcessor.notifications(tx,
                                environment, null), environment,
                        Participants.resolvers(environment, view));
                Integer role = roles.get(query.account().get());
                int mask = switch (query.role()) {
                    case ANY -> ~0;
                    case SIGNER -> TransactionIndex.SIGNER;
                    case RECIPIENT -> TransactionIndex.RECIPIENT;
                };
                if (role == null || (role & mask) == 0) {
                    continue;
                }
            }
            matching.add(tx);
        }
        if (query.descending()) {
            Collections.reverse(matching);
        }
        long skip = (long) (query.pageNumber() - 1) * query.pageSize();
        List<TransactionRecord> data = matching.stream().skip(skip).limit(query.pageSize())
                .map(tx -> new TransactionRecord(tx.payload(), tx.hash(), tx.merkleHash(), 0, 0))
                .toList();
        return new TransactionPage(data, matching.size(), query.pageNumber(), query.pageSize());
    }

    @Override
    public List<byte[]> unconfirmedTransactions() {
        UnconfirmedPool p = pool;
        return p == null ? List.of() : p.all().stream().map(ParsedTransaction::payload).toList();
    }

    @Override
    public Optional<ConfigTexts> config(long height) {
        Chain c = chain;
        if (c == null || c.tip() == null || height < 1 || height > c.tip().height() + 1) {
            return Optional.empty();
        }
        NetworkConfiguration config = c.configs().at(height, c.state().view());
        long from = c.configs().reached().floorKey(height) == null ? 1 : c.configs().reached().floorKey(height);
        if (c.state().view().cache(NetworkConfigCache.DESCRIPTOR).contains(new Height(height))) {
            from = height;
        }
        return Optional.of(new ConfigTexts(from, config.text(), config.supportedEntitiesJson()));
    }

    @Override
    public Optional<PublicKey> nodeKey() {
        return Optional.ofNullable(nodeKey);
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory0();
    }

    @Override
    public StateView state() {
        Chain c = chain;
        if (c == null) {
            throw new IllegalStateException("the node is " + phase.name().toLowerCase(Locale.ROOT));
        }
        return c.state().view();
    }

    @Override
    public HarvestResult harvest(HarvestRequest request) {
        Chain c = chain;
        UnconfirmedPool p = pool;
        if (c == null || p == null || phase != NodeStatus.Phase.RUNNING) {
            return new HarvestResult(Optional.empty(), 0, "the node is not running");
        }
        ChainTip tip = c.tip();
        long now = now();
        if (now <= tip.timestamp()) {
            return new HarvestResult(Optional.empty(), 0, "the clock has not passed the last block");
        }
        try {
            StateStore.StateReader view = c.state().view();
            Environment environment = c.processor().environment(tip.height() + 1, now, view);
            ChainSettings settingsAt = environment.config().chain();
            PublicKey key = request.harvester().publicKey();
            Amount balance = c.processor().effectiveBalance(key, tip.height() + 1, view, settingsAt);
            if (Long.compareUnsigned(balance.value(), settingsAt.minHarvesterBalance()) < 0) {
                return new HarvestResult(Optional.empty(), 0, "not eligible: effective balance " + balance
                        + " is below minHarvesterBalance " + settingsAt.minHarvesterBalance());
            }
            long difficulty = PosRules.difficulty(c.history(), now, settingsAt);
            BigInteger target = PosRules.target(now - tip.timestamp(), difficulty, balance.value(), settingsAt,
                    request.feeInterest(), request.feeInterestDenominator());
            Hash256 generationHash = EntityHasher.blockGenerationHash(tip.generationHash(), key);
            if (PosRules.hit(generationHash).compareTo(target) >= 0) {
                return new HarvestResult(Optional.empty(), 0, "no hit yet");
            }
            BlockProcessor.Template template = new BlockProcessor.Template(tip, c.history(), request.harvester(), now, 0,
                    settings.minFeeMultiplier(), request.feeInterest(), request.feeInterestDenominator(), request.beneficiary());
            BlockProcessor.Built built = c.harvest(template, p.candidates(settingsAt.maxTransactionsPerBlock(), candidateOrder));
            p.discard(built.dropped());
            return new HarvestResult(Optional.of(built.block().tip().height()), built.block().transactions().size(), "");
        } catch (MissingPluginsException e) {
            return new HarvestResult(Optional.empty(), 0, "paused: " + e.getMessage());
        }
    }

    @Override
    public void addListener(ChainEvents listener) {
        events.add(listener);
    }

    @Override
    public void removeListener(ChainEvents listener) {
        events.remove(listener);
    }

    private void emit(TransactionState state) {
        states.put(state);
        for (ChainEvents e : events) {
            try {
                e.transactionChanged(state);
            } catch (RuntimeException ex) {
                LOG.error("A chain events listener failed", ex);
            }
        }
    }

    private TransactionEvent event(ParsedTransaction tx, long height, int index) {
        Chain c = chain;
        Set<Address> participants;
        try {
            StateStore.StateReader view = c.state().view();
            Environment environment = c.processor().environment(Math.max(1, c.tip().height()), c.tip().timestamp(), view);
            participants = Participants.of(tx, environment,
                    Participants.resolvers(environment, view));
        } catch (MissingPluginsException | RuntimeException e) {
            participants = Set.of(chain.processor().addresses().addressOf(tx.header().signer()));
        }
        return new TransactionEvent(tx.hash(), tx.merkleHash(), tx.payload(), height, index, participants);
    }

    private void each(Consumer<ChainEvents> action) {
        for (ChainEvents e : events) {
            try {
                action.accept(e);
            } catch (RuntimeException ex) {
                LOG.error("A chain events listener failed", ex);
            }
        }
    }

    /** Turns committed blocks into events. */
    private final class BlockEvents implements ChainListener {
        @Override
        public void blockCommitted(BlockProcessor.Processed block) {
            long height = block.tip().height();
            int index = 0;
            for (ParsedTransaction tx : block.transactions()) {
                emit(new TransactionState(tx.hash(), "confirmed", "Success", tx.header().deadline().value(), height,
                        Optional.of(tx.header().signer())));
                if (!events.isEmpty()) {
                    TransactionEvent event = event(tx, height, index);
                    each(e -> e.confirmedAdded(event));
                }
                index++;
            }
            BlockInfo info = new BlockInfo(height, block.bytes(), block.meta().hash(), block.meta().generationHash(),
                    block.meta().totalFee(), block.meta().transactionCount(), block.meta().score(), block.meta().statement());
            for (ChainEvents e : events) {
                try {
                    e.blockAdded(info);
                } catch (RuntimeException ex) {
                    LOG.error("A chain events listener failed", ex);
                }
            }
            LOG.debug("Block {} committed with {} transactions", height, block.transactions().size());
        }
    }

    /** Turns partial cache changes into states and events. */
    private final class PartialEvents implements PartialPool.PartialListener {
        @Override
        public void added(ParsedTransaction tx) {
            emit(new TransactionState(tx.hash(), "partial", "Success", tx.header().deadline().value(), 0,
                    Optional.of(tx.header().signer())));
            if (!events.isEmpty()) {
                TransactionEvent event = event(tx, 0, 0);
                each(e -> e.partialAdded(event));
            }
        }

        @Override
        public void removed(ParsedTransaction tx, Rejection rejection) {
            if (rejection != null) {
                emit(new TransactionState(tx.hash(), "failed", rejection.code().statusName(), tx.header().deadline().value(),
                        0, Optional.of(tx.header().signer())));
            }
            if (!events.isEmpty()) {
                TransactionEvent event = event(tx, 0, 0);
                each(e -> e.partialRemoved(event));
            }
        }

        @Override
        public void cosigned(ParsedTransaction tx, Cosignature cosignature) {
            if (!events.isEmpty()) {
                CosignatureEvent event = new CosignatureEvent(tx.hash(), cosignature.signer(), cosignature.signature(),
                        cosignature.scheme(), event(tx, 0, 0).participants());
                each(e -> e.cosignatureAdded(event));
            }
        }

        @Override
        public void refused(Hash256 hash, long deadline, ResultCode code, PublicKey signer) {
            emit(new TransactionState(hash, "failed", code.statusName(), deadline, 0, Optional.of(signer)));
        }
    }

    /** Turns pool changes into events. */
    private final class PoolEvents implements UnconfirmedPool.PoolListener {
        @Override
        public void added(ParsedTransaction tx) {
            emit(new TransactionState(tx.hash(), "unconfirmed", "Success", tx.header().deadline().value(), 0,
                    Optional.of(tx.header().signer())));
            if (!events.isEmpty()) {
                TransactionEvent event = event(tx, 0, 0);
                each(e -> e.unconfirmedAdded(event));
            }
        }

        @Override
        public void removed(ParsedTransaction tx, Rejection rejection) {
            if (rejection != null) {
                emit(new TransactionState(tx.hash(), "failed", rejection.code().statusName(), tx.header().deadline().value(), 0,
                        Optional.of(tx.header().signer())));
            }
            if (!events.isEmpty()) {
                TransactionEvent event = event(tx, 0, 0);
                each(e -> e.unconfirmedRemoved(event));
            }
        }

        @Override
        public void refused(Hash256 hash, long deadline, ResultCode code, Optional<PublicKey> signer) {
            emit(new TransactionState(hash, "failed", code.statusName(), deadline, 0, signer));
        }
    }
}
