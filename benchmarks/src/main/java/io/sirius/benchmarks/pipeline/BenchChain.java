package io.sirius.benchmarks.pipeline;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.config.ChainSettings;
import io.sirius.kernel.devnet.TransferPayloads;
import io.sirius.kernel.internal.PluginDeclaration;
import io.sirius.kernel.internal.PluginSource;
import io.sirius.kernel.internal.chain.BlockProcessor;
import io.sirius.kernel.internal.chain.Chain;
import io.sirius.kernel.internal.chain.ChainTip;
import io.sirius.kernel.internal.chain.ConfigHistory;
import io.sirius.kernel.internal.chain.MissingPluginsException;
import io.sirius.kernel.internal.chain.PluginSelection;
import io.sirius.kernel.internal.chain.PosRules;
import io.sirius.kernel.internal.core.CoreSystem;
import io.sirius.kernel.internal.mempool.UnconfirmedPool;
import io.sirius.kernel.internal.node.Devnet;
import io.sirius.kernel.internal.node.NetworkFiles;
import io.sirius.kernel.internal.pipeline.AddressBook;
import io.sirius.kernel.internal.pipeline.Environment;
import io.sirius.kernel.internal.pipeline.NetworkIdentity;
import io.sirius.kernel.internal.pipeline.ParsedTransaction;
import io.sirius.kernel.internal.pipeline.TransactionParser;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStoreFactory;
import io.sirius.state.internal.MapDbStateStoreFactory;
import io.sirius.state.internal.StoreOptions;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A devnet chain on the real MapDB stores in a directory, with the real transfer plugin, assembled from the kernel's
 * classes as the node's {@code NodeComponent} wires them (no OSGi): the core system and the transfer plugin, a
 * verifier pool of {@code verifierThreads} named threads, the unconfirmed pool listening to the chain. Time is the
 * chain's own clock: each block is harvested at the first moment the harvester hits, so no benchmark waits for
 * proof of stake.
 */
final class BenchChain implements AutoCloseable {
    /** Every funded account's balance, in atomic units: 1,000 XPX. */
    static final long FUNDED_AMOUNT = 1_000_000_000L;

    final Path directory;
    final Ed25519 ed25519 = new Ed25519();
    final EntitySigner signer = new EntitySigner(ed25519);
    final ExecutorService verifiers;
    final int verifierThreads;
    final NetworkIdentity identity;
    final KeyPair harvester;
    final Chain chain;
    final UnconfirmedPool pool;
    private final TransactionParser parser;
    private final Devnet.Genesis genesis;
    private volatile long clock;

    private BenchChain(Path directory, int verifierThreads, List<PublicKey> alsoFunded, int poolCount) throws IOException,
            MissingPluginsException {
        this.directory = directory;
        this.verifierThreads = verifierThreads;
        AtomicInteger threads = new AtomicInteger();
        this.verifiers = Executors.newFixedThreadPool(verifierThreads, r -> {
            Thread t = new Thread(r, "sirius-verify-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.clock = System.currentTimeMillis() - Timestamp.EPOCH_UNIX_MILLIS;
        Path templates = copyTemplates(Files.createDirectories(directory.resolve("templates")));
        this.genesis = Devnet.create(templates, directory, NetworkType.MIJIN_TEST, 3, new Amount(FUNDED_AMOUNT),
                new Amount(1_000_000_000_000_000L), new Amount(9_000_000_000_000_000L), clock, signer, null, alsoFunded);
        NetworkFiles files = new NetworkFiles(directory.resolve("network"));
        files.write(genesis.identity(), genesis.seed());
        this.identity = files.identity();
        this.harvester = genesis.harvester();
        StateStoreFactory stores = new MapDbStateStoreFactory(StoreOptions.DEFAULTS);
        PluginDeclaration transfer = PluginDeclarations.of(new TransferPlugin());
        PluginSelection selection = new PluginSelection(CoreSystem.declaration(ed25519), new FixedPlugins(List.of(transfer)));
        ConfigHistory configs = new ConfigHistory();
        BlockProcessor processor = new BlockProcessor(identity, configs, selection, new AddressBook(identity.network(), 100_000),
                signer, verifiers, verifierThreads);
        this.parser = new TransactionParser(identity.generationHash());
        this.chain = new Chain(stores.openState(directory.resolve("state")), stores.openBlocks(directory.resolve("blocks")),
                processor, configs, files.seed());
        chain.open(message -> { });
        this.pool = new UnconfirmedPool(chain, parser, () -> clock, poolCount, 1L << 30, List.of());
        chain.addListener(pool);
        createNemesis();
    }

    /**
     * Creates a devnet (keys, network files, nemesis block) in {@code directory}.
     *
     * @param directory an empty directory
     * @param verifierThreads threads for stateless checks of blocks
     * @param alsoFunded accounts the nemesis block funds with {@link #FUNDED_AMOUNT} each, beside the devnet's own
     * @param poolCount the unconfirmed pool's capacity
     * @return the chain at height 1
     */
    static BenchChain create(Path directory, int verifierThreads, List<PublicKey> alsoFunded, int poolCount)
            throws IOException, MissingPluginsException {
        return new BenchChain(directory, verifierThreads, alsoFunded, poolCount);
    }

    private static Path copyTemplates(Path target) throws IOException {
        for (String name : List.of("config-network.properties", "supported-entities.json")) {
            try (InputStream in = BenchChain.class.getResourceAsStream("/devnet/" + name)) {
                if (in == null) {
                    throw new IOException("the benchmark's devnet template " + name + " is not on the class path");
                }
                Files.copy(in, target.resolve(name));
            }
        }
        return target;
    }

    private void createNemesis() throws MissingPluginsException {
        StateChanges changes = chain.state().begin();
        genesis.seed().apply(changes, identity, chain.processor().addresses());
        Environment environment = chain.processor().environment(1, genesis.timestamp(), changes);
        List<ParsedTransaction> transfers = new ArrayList<>();
        for (byte[] payload : genesis.transactions()) {
            TransactionParser.Outcome parsed = parser.parse(payload, environment.plugins());
            if (!parsed.ok()) {
                throw new IllegalStateException("a nemesis transaction is refused: " + parsed.rejection().detail());
            }
            transfers.add(parsed.transaction());
        }
        BlockProcessor.Built built = chain.processor().build(new BlockProcessor.Template(null, List.of(), genesis.nemesis(),
                genesis.timestamp(), genesis.difficulty(), 0, 1, 2, PublicKey.ZERO), transfers, changes);
        if (!built.dropped().isEmpty()) {
            throw new IllegalStateException("the nemesis block dropped " + built.dropped().size() + " transactions: "
                    + built.dropped().get(0).rejection().detail());
        }
        chain.commitNemesis(built.block(), changes);
    }

    /** @return the chain's clock, ms since the Sirius epoch */
    long clock() {
        return clock;
    }

    /** @return the earliest time after the tip at which the harvester hits */
    private long nextHitTime() throws MissingPluginsException {
        ChainTip tip = chain.tip();
        Environment environment = chain.processor().environment(tip.height() + 1, tip.timestamp() + 1, chain.state().view());
        ChainSettings settings = environment.config().chain();
        Amount balance = chain.processor().effectiveBalance(harvester.publicKey(), tip.height() + 1, chain.state().view(),
                settings);
        Hash256 generationHash = EntityHasher.blockGenerationHash(tip.generationHash(), harvester.publicKey());
        BigInteger hit = PosRules.hit(generationHash);
        long elapsed = 1;
        while (true) {
            long time = tip.timestamp() + elapsed;
            long difficulty = PosRules.difficulty(chain.history(), time, settings);
            if (hit.compareTo(PosRules.target(elapsed, difficulty, balance.value(), settings, 1, 2)) < 0) {
                return time;
            }
            elapsed = elapsed < 1000 ? elapsed + 1 : elapsed + elapsed / 100;
        }
    }

    /**
     * Harvests the next block from the pool (up to {@code max} candidates, in arrival order) at the first moment the
     * harvester hits, commits it durably and lets the pool drop what it confirmed, as the node's harvester does.
     *
     * @param max the most transactions
     * @return the block
     */
    BlockProcessor.Built harvest(int max) throws MissingPluginsException {
        clock = Math.max(clock, nextHitTime());
        BlockProcessor.Built built = chain.harvest(new BlockProcessor.Template(null, null, harvester, clock, 0, 0, 1, 2,
                PublicKey.ZERO), pool.candidates(max));
        pool.discard(built.dropped());
        return built;
    }

    /**
     * Harvests the next block from the given transactions (no pool: their signatures are verified by the block's
     * stateless checks), at the first moment the harvester hits, and commits it durably.
     *
     * @param candidates parsed transactions
     * @return the block
     */
    BlockProcessor.Built harvestParsed(List<ParsedTransaction> candidates) throws MissingPluginsException {
        clock = Math.max(clock, nextHitTime());
        return chain.harvest(new BlockProcessor.Template(null, null, harvester, clock, 0, 0, 1, 2, PublicKey.ZERO),
                candidates);
    }

    /**
     * @param payload a signed transaction
     * @return it parsed at the next height
     */
    ParsedTransaction parse(byte[] payload) throws MissingPluginsException {
        ChainTip tip = chain.tip();
        Environment environment = chain.processor().environment(tip.height() + 1, tip.timestamp() + 1, chain.state().view());
        TransactionParser.Outcome parsed = parser.parse(payload, environment.plugins());
        if (!parsed.ok()) {
            throw new IllegalStateException("a transaction is refused: " + parsed.rejection().detail());
        }
        return parsed.transaction();
    }

    /**
     * @param from the sender
     * @param to the recipient
     * @param amount atomic units of the currency
     * @return a signed transfer (no message, fee 0, deadline 12 hours after the chain's clock)
     */
    byte[] transfer(KeyPair from, Address to, long amount) {
        return TransferPayloads.transfer(identity.network(), from, to, identity.currencyMosaicId(), new Amount(amount),
                new byte[0], 0, new Timestamp(clock + 12 * 3_600_000L), identity.generationHash(), signer);
    }

    @Override
    public void close() {
        verifiers.shutdownNow();
        chain.close();
    }

    /** Deletes the chain's directory. */
    void delete() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The registry's face: a fixed list of plugins. */
    private record FixedPlugins(List<PluginDeclaration> accepted) implements PluginSource {
        @Override
        public void setActivationSource(io.sirius.kernel.internal.ActivationSource source) {
        }

        @Override
        public void addChangeListener(Runnable listener) {
        }

        @Override
        public void removeChangeListener(Runnable listener) {
        }
    }
}
