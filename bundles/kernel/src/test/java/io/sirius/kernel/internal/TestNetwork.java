package io.sirius.kernel.internal;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.config.ChainSettings;
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
import io.sirius.kernel.devnet.TransferPayloads;
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
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A kernel chain on real stores in a temporary directory, with the real transfer plugin, driven by the test's own
 * clock: what NodeComponent wires, without OSGi.
 */
public final class TestNetwork implements AutoCloseable {
    static final Path TEMPLATES = Path.of("src/test/resources/devnet");

    final Path directory;
    final Ed25519 ed25519 = new Ed25519();
    final EntitySigner signer = new EntitySigner(ed25519);
    final ExecutorService verifiers = Executors.newFixedThreadPool(2);
    final StateStoreFactory stores = new MapDbStateStoreFactory(StoreOptions.DEFAULTS);
    final List<TransactionPlugin> pluginServices;
    final TestSource source;
    NetworkIdentity identity;
    Chain chain;
    UnconfirmedPool pool;
    io.sirius.kernel.internal.mempool.PartialPool partials;
    TransactionParser parser;
    Devnet.Genesis genesis;
    KeyPair harvester;
    List<KeyPair> funded;
    long clock;

    /** The registry's face for tests: a fixed list of plugins. */
    static final class TestSource implements PluginSource {
        final List<PluginDeclaration> declarations = new ArrayList<>();
        final List<Runnable> listeners = new ArrayList<>();

        @Override
        public List<PluginDeclaration> accepted() {
            return List.copyOf(declarations);
        }

        @Override
        public void setActivationSource(ActivationSource source) {
        }

        @Override
        public void addChangeListener(Runnable listener) {
            listeners.add(listener);
        }

        @Override
        public void removeChangeListener(Runnable listener) {
            listeners.remove(listener);
        }
    }

    private TestNetwork(Path directory, List<TransactionPlugin> plugins) {
        this.directory = directory;
        this.pluginServices = plugins;
        this.source = new TestSource();
        for (TransactionPlugin plugin : plugins) {
            CollectingRegistrar registrar = new CollectingRegistrar(plugin.name());
            plugin.register(registrar);
            source.declarations.add(registrar.seal());
        }
    }

    /**
     * Creates a devnet in {@code directory} and commits its nemesis block.
     */
    static TestNetwork create(Path directory) throws Exception {
        TestNetwork network = new TestNetwork(directory, List.of(new TransferPlugin()));
        network.clock = 100_000_000L;
        network.genesis = Devnet.create(TEMPLATES, directory, NetworkType.MIJIN_TEST, 2, new Amount(1_000_000_000_000L),
                new Amount(1_000_000_000_000_000L), new Amount(9_000_000_000_000_000L), network.clock, network.signer);
        new NetworkFiles(directory.resolve("network")).write(network.genesis.identity(), network.genesis.seed());
        network.harvester = network.genesis.harvester();
        network.funded = network.genesis.funded();
        network.open();
        network.createNemesis();
        return network;
    }

    /**
     * Creates a devnet with every asset plugin (transfer, mosaic, namespace, accountlink, metadata_v2), whose nemesis
     * block defines the currency and its {@code prx.xpx} alias.
     *
     * @param directory the data directory
     * @param clock the nemesis time
     * @param generationHash the generation hash, or null for a random one
     * @param alsoFunded further accounts funded like the funded ones
     */
    static TestNetwork createWithAssets(Path directory, long clock, Hash256 generationHash, List<PublicKey> alsoFunded)
            throws Exception {
        TestNetwork network = new TestNetwork(directory, ASSET_PLUGINS.get());
        network.clock = clock;
        network.genesis = Devnet.create(ASSET_TEMPLATES, directory, NetworkType.MIJIN_TEST, 2, new Amount(1_000_000_000_000L),
                new Amount(1_000_000_000_000_000L), new Amount(9_000_000_000_000_000L), network.clock, network.signer,
                generationHash, alsoFunded);
        new NetworkFiles(directory.resolve("network")).write(network.genesis.identity(), network.genesis.seed());
        network.harvester = network.genesis.harvester();
        network.funded = network.genesis.funded();
        network.open();
        network.createNemesis();
        return network;
    }

    /**
     * Creates a devnet with the transfer plugin and the given extra plugins, enabled from the nemesis block through
     * sections of their names and the given supported entity types.
     */
    static TestNetwork createWith(Path directory, List<TransactionPlugin> extra, String extraSections,
            String extraEntities) throws Exception {
        List<TransactionPlugin> plugins = new ArrayList<>(List.of(new TransferPlugin()));
        plugins.addAll(extra);
        Path templates = Files.createDirectories(directory.resolve("templates"));
        Files.writeString(templates.resolve("config-network.properties"),
                Files.readString(TEMPLATES.resolve("config-network.properties")) + "\n" + extraSections);
        String entities = Files.readString(TEMPLATES.resolve("supported-entities.json"));
        int end = entities.lastIndexOf(']');
        Files.writeString(templates.resolve("supported-entities.json"),
                entities.substring(0, end).stripTrailing() + ",\n" + extraEntities + "\n" + entities.substring(end));
        TestNetwork network = new TestNetwork(directory, plugins);
        network.clock = 100_000_000L;
        network.genesis = Devnet.create(templates, directory, NetworkType.MIJIN_TEST, 2, new Amount(1_000_000_000_000L),
                new Amount(1_000_000_000_000_000L), new Amount(9_000_000_000_000_000L), network.clock, network.signer);
        new NetworkFiles(directory.resolve("network")).write(network.genesis.identity(), network.genesis.seed());
        network.harvester = network.genesis.harvester();
        network.funded = network.genesis.funded();
        network.open();
        network.createNemesis();
        return network;
    }

    /** Fresh instances of the asset plugins. */
    static final java.util.function.Supplier<List<TransactionPlugin>> ASSET_PLUGINS = () -> List.of(new TransferPlugin(),
            new io.sirius.plugin.mosaic.internal.plugin.MosaicPlugin(),
            new io.sirius.plugin.namespace.internal.plugin.NamespacePlugin(),
            new io.sirius.plugin.accountlink.internal.plugin.AccountLinkPlugin(),
            new io.sirius.plugin.metadata.internal.plugin.MetadataPlugin());
    static final Path ASSET_TEMPLATES = Path.of("src/test/resources/devnet-assets");

    /**
     * Opens a node on an existing data directory (or one holding only network files), replaying what the state lacks.
     */
    static TestNetwork open(Path directory, long clock) throws Exception {
        TestNetwork network = new TestNetwork(directory, List.of(new TransferPlugin()));
        network.clock = clock;
        network.open();
        return network;
    }

    void open() throws IOException, MissingPluginsException {
        NetworkFiles files = new NetworkFiles(directory.resolve("network"));
        identity = files.identity();
        AddressBook addresses = new AddressBook(identity.network(), 1000);
        ConfigHistory configs = new ConfigHistory();
        PluginSelection selection = new PluginSelection(CoreSystem.declaration(ed25519), source);
        source.addChangeListener(selection::pluginsChanged);
        BlockProcessor processor = new BlockProcessor(identity, configs, selection, addresses, signer, verifiers, 2);
        parser = new TransactionParser(identity.generationHash());
        chain = new Chain(stores.openState(directory.resolve("state")), stores.openBlocks(directory.resolve("blocks")), processor,
                configs, files.seed());
        chain.open(message -> { });
        pool = new UnconfirmedPool(chain, parser, () -> clock, 1000, 1 << 20, List.of());
        chain.addListener(pool);
        partials = new io.sirius.kernel.internal.mempool.PartialPool(chain, parser, () -> clock, ed25519, pool, 100,
                List.of());
        chain.addListener(partials);
    }

    private void createNemesis() throws Exception {
        StateChanges changes = chain.state().begin();
        genesis.seed().apply(changes, identity, chain.processor().addresses());
        Environment environment = chain.processor().environment(1, genesis.timestamp(), changes);
        List<ParsedTransaction> transfers = new ArrayList<>();
        for (byte[] payload : genesis.transactions()) {
            transfers.add(parser.parse(payload, environment.plugins()).transaction());
        }
        BlockProcessor.Built built = chain.processor().build(new BlockProcessor.Template(null, List.of(), genesis.nemesis(),
                genesis.timestamp(), genesis.difficulty(), 0, 1, 2, PublicKey.ZERO), transfers, changes);
        if (!built.dropped().isEmpty()) {
            throw new IllegalStateException("nemesis dropped " + built.dropped());
        }
        chain.commitNemesis(built.block(), changes);
    }

    /** The earliest time after the tip at which the harvester hits. */
    long nextHitTime() throws MissingPluginsException {
        ChainTip tip = chain.tip();
        Environment environment = chain.processor().environment(tip.height() + 1, tip.timestamp() + 1, chain.state().view());
        ChainSettings chainSettings = environment.config().chain();
        Amount balance = chain.processor().effectiveBalance(harvester.publicKey(), tip.height() + 1, chain.state().view(),
                chainSettings);
        Hash256 generationHash = EntityHasher.blockGenerationHash(tip.generationHash(), harvester.publicKey());
        BigInteger hit = PosRules.hit(generationHash);
        long elapsed = 1;
        while (true) {
            long time = tip.timestamp() + elapsed;
            long difficulty = PosRules.difficulty(chain.history(), time, chainSettings);
            if (hit.compareTo(PosRules.target(elapsed, difficulty, balance.value(), chainSettings, 1, 2)) < 0) {
                return time;
            }
            elapsed = elapsed < 1000 ? elapsed + 1 : elapsed + elapsed / 100;
        }
    }

    /** Harvests the next block from the pool at the first moment the harvester hits. */
    BlockProcessor.Built harvest() throws MissingPluginsException {
        clock = nextHitTime();
        BlockProcessor.Built built = chain.harvest(new BlockProcessor.Template(null, null, harvester, clock, 0, 0, 1, 2,
                PublicKey.ZERO), pool.candidates(1000));
        pool.discard(built.dropped());
        return built;
    }

    byte[] transfer(KeyPair from, Address to, long amount, long maxFee) {
        return TransferPayloads.transfer(identity.network(), from, to, identity.currencyMosaicId(), new Amount(amount),
                new byte[] {0, 'h', 'i'}, maxFee, new Timestamp(clock + 3_600_000), identity.generationHash(), signer);
    }

    Address address(KeyPair key) {
        return Addresses.of(key.publicKey(), identity.network());
    }

    long balance(Address address) {
        return chain.state().view().cache(AccountStateCache.DESCRIPTOR).find(address)
                .map(a -> a.balance(identity.currencyMosaicId()).value()).orElse(0L);
    }

    AccountState account(Address address) {
        return chain.state().view().cache(AccountStateCache.DESCRIPTOR).find(address).orElseThrow();
    }

    Hash256 stateHash() throws MissingPluginsException {
        Environment environment = chain.processor().environment(chain.tip().height(), chain.tip().timestamp(), chain.state().view());
        return BlockProcessor.stateHash(chain.state().view(), environment.plugins());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Override
    public void close() {
        verifiers.shutdownNow();
        if (chain != null) {
            chain.close();
        }
    }
}
