package io.sirius.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.Transaction;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.TransactionJson;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.Ids;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import io.sirius.kernel.PluginContributions;
import io.sirius.kernel.chain.HarvestRequest;
import io.sirius.kernel.chain.HarvestResult;
import io.sirius.kernel.chain.NodeStatus;
import io.sirius.kernel.devnet.AssetPayloads;
import io.sirius.kernel.devnet.TransferPayloads;
import io.sirius.kernel.internal.ActivationSource;
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
import io.sirius.kernel.internal.node.NodeComponent;
import io.sirius.kernel.internal.node.NodeSettings;
import io.sirius.kernel.internal.pipeline.AddressBook;
import io.sirius.kernel.internal.pipeline.Environment;
import io.sirius.kernel.internal.pipeline.NetworkIdentity;
import io.sirius.kernel.internal.pipeline.ParsedTransaction;
import io.sirius.kernel.internal.pipeline.TransactionParser;
import io.sirius.plugin.aggregate.internal.plugin.AggregatePlugin;
import io.sirius.plugin.mosaic.internal.plugin.MosaicPlugin;
import io.sirius.plugin.namespace.internal.plugin.NamespacePlugin;
import io.sirius.plugin.testkit.RecordingRegistrar;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import io.sirius.state.StateChanges;
import io.sirius.state.internal.MapDbStateStoreFactory;
import io.sirius.state.internal.StoreOptions;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A real node for the route tests, outside OSGi: the kernel's {@link NodeComponent} (the {@code ChainService} the
 * REST bundle gets in a running node) on MapDB stores in a temporary directory, with the real transfer, mosaic,
 * namespace and aggregate plugins, and the REST bundle's own {@link RestServlet} in front of it. What the tests read
 * is what a node answers.
 *
 * <p>Proof of stake runs on the clock, and {@code NodeComponent} harvests on the wall clock, so the history is
 * written first with the kernel's chain classes on a clock of its own, two hours before the SDK vectors' deadline
 * (as the kernel's AssetChainTest does): block 2 holds the TypeScript SDK's signed golden vectors, blocks 3 and 4
 * devnet transfers enough for paging and a complete aggregate with a cosignature. The node then opens that data
 * directory and serves it. Its tip lies years in the past, so the first {@link #harvest()} through the node always
 * hits; a second one would have to wait for the proof of stake, so a test that needs a new block gets a fresh node
 * (a node costs a few tenths of a second).
 */
final class TestNode implements AutoCloseable {
    static final Path TEMPLATES = Path.of("src/test/resources/devnet-rest");
    static final NetworkType NETWORK = NetworkType.MIJIN_TEST;
    static final JsonNode VECTORS = vectors();
    static final Hash256 GENERATION_HASH = Hash256.fromHex(VECTORS.get("inputs").get("generationHash").asText());
    static final long VECTOR_DEADLINE = VECTORS.get("inputs").get("deadlineMs").asLong();
    /** The SDK vectors' signer, account v1 (SHA3) and v2 (SHA-512) of the same private key. */
    static final KeyPair VECTOR_V1 = KeyPair.of(PrivateKey.fromHex(VECTORS.get("inputs").get("privateKey").asText()),
            DerivationScheme.ED25519_SHA3);
    static final KeyPair VECTOR_V2 = KeyPair.of(PrivateKey.fromHex(VECTORS.get("inputs").get("privateKey").asText()),
            DerivationScheme.ED25519_SHA2);
    static final long FUNDED = 1_000_000_000_000L;
    /** Transfers from alice to bob in blocks 3 (12) and 4 (13). */
    static final int ALICE_TO_BOB = 25;

    final Path directory;
    final Ed25519 ed25519 = new Ed25519();
    final EntitySigner signer = new EntitySigner(ed25519);
    final Plugins plugins = new Plugins(List.of(new TransferPlugin(), new MosaicPlugin(), new NamespacePlugin(),
            new AggregatePlugin()));
    final History history;
    final NodeComponent node;
    final RestServlet servlet;
    final ObjectMapper mapper = new ObjectMapper();
    private final MapDbStateStoreFactory stores;
    /** The devnet's keys and nemesis block, written first. */
    private Devnet.Genesis genesis;

    /** What the history holds: every confirmed transaction by block, and the devnet's keys. */
    static final class History {
        Devnet.Genesis genesis;
        final Map<Long, List<byte[]>> blocks = new LinkedHashMap<>();
        final Map<String, Hash256> vectorHashes = new LinkedHashMap<>();
        Hash256 cosignedAggregate;
        long clock;

        long height() {
            return blocks.size();
        }

        List<byte[]> all() {
            return blocks.values().stream().flatMap(List::stream).toList();
        }
    }

    private TestNode(Path directory, Map<String, Object> restSettings) throws Exception {
        this.directory = directory;
        this.stores = new MapDbStateStoreFactory(new StoreOptions(10_000, 16L << 20, 16L << 20, 1));
        this.history = writeHistory();
        NodeSettings settings = Fakes.config(NodeSettings.class, Map.of("dataDirectory", directory.toString(),
                "devnet", false, "verifierThreads", 1));
        this.node = new NodeComponent(settings, plugins, stores);
        awaitStart(node);
        if (node.status().phase() != NodeStatus.Phase.RUNNING) {
            throw new IllegalStateException("the test node did not start: " + node.status());
        }
        this.servlet = new RestServlet(node, plugins, Fakes.config(RestSettings.class, restSettings));
    }

    /**
     * @param directory an empty directory
     * @return a running node with the history described above
     */
    static TestNode start(Path directory) throws Exception {
        return new TestNode(directory, Map.of());
    }

    /**
     * @param directory an empty directory
     * @param restSettings REST settings other than the defaults
     */
    static TestNode start(Path directory, Map<String, Object> restSettings) throws Exception {
        return new TestNode(directory, restSettings);
    }

    /** Waits for the node's start-up thread (opening the stores of a small chain takes milliseconds). */
    static void awaitStart(NodeComponent node) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (node.status().phase() == NodeStatus.Phase.STARTING && System.nanoTime() < end) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    // --- the history, written with the kernel's chain classes ----------------------------------------------------

    private History writeHistory() throws Exception {
        History h = new History();
        h.clock = VECTOR_DEADLINE - 7_200_000L;
        ExecutorService verifiers = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-history-verify");
            t.setDaemon(true);
            return t;
        });
        h.genesis = Devnet.create(TEMPLATES, directory, NETWORK, 3, new Amount(FUNDED), new Amount(1_000_000_000_000_000L),
                new Amount(9_000_000_000_000_000L), h.clock, signer, GENERATION_HASH,
                List.of(VECTOR_V1.publicKey(), VECTOR_V2.publicKey()));
        genesis = h.genesis;
        NetworkFiles files = new NetworkFiles(directory.resolve("network"));
        files.write(h.genesis.identity(), h.genesis.seed());
        NetworkIdentity identity = files.identity();
        ConfigHistory configs = new ConfigHistory();
        BlockProcessor processor = new BlockProcessor(identity, configs,
                new PluginSelection(CoreSystem.declaration(ed25519), plugins), new AddressBook(NETWORK, 1000), signer,
                verifiers, 1);
        TransactionParser parser = new TransactionParser(GENERATION_HASH);
        Chain chain = new Chain(stores.openState(directory.resolve("state")), stores.openBlocks(directory.resolve("blocks")),
                processor, configs, files.seed());
        try {
            chain.open(message -> { });
            long[] clock = {h.clock};
            UnconfirmedPool pool = new UnconfirmedPool(chain, parser, () -> clock[0], 1000, 1 << 24, List.of());
            chain.addListener(pool);
            nemesis(chain, parser, h);
            // block 2: the SDK's signed golden vectors
            MosaicId vectorMosaic = Ids.mosaicId(42, VECTOR_V1.publicKey());
            byte[] supply = new AssetPayloads(NETWORK, VECTOR_V1, new Timestamp(VECTOR_DEADLINE), GENERATION_HASH, signer)
                    .supplyChange(vectorMosaic, true, new Amount(1_000_000));
            List<byte[]> vectors = new ArrayList<>();
            for (String name : List.of("register_root_namespace_v1", "register_sub_namespace_v1", "mosaic_definition_v1")) {
                vectors.add(vector(name, h));
            }
            vectors.add(supply);
            for (String name : List.of("transfer_plain_message_xpx_v1", "transfer_plain_message_xpx_preV2",
                    "transfer_plain_message_xpx_v2", "transfer_mosaic_id_no_message_v1",
                    "aggregate_complete_v2type_one_transfer_v1", "aggregate_complete_v1type_one_transfer_preV2")) {
                vectors.add(vector(name, h));
            }
            block(chain, pool, clock, h, vectors);
            // blocks 3 and 4: devnet transfers, then a complete aggregate cosigned by bob
            KeyPair alice = alice();
            List<byte[]> third = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                third.add(transfer(alice, address(bob()), i, clock[0]));
            }
            block(chain, pool, clock, h, third);
            List<byte[]> fourth = new ArrayList<>();
            for (int i = 13; i <= ALICE_TO_BOB; i++) {
                fourth.add(transfer(alice, address(bob()), i, clock[0]));
            }
            fourth.add(transfer(bob(), address(carol()), 77, clock[0]));
            byte[] aggregate = aggregate(EntityTypes.AGGREGATE_COMPLETE, alice, List.of(
                    transfer(alice, address(carol()), 5, clock[0]), transfer(bob(), address(carol()), 6, clock[0])),
                    clock[0] + 3_600_000L);
            Hash256 aggregateHash = EntityHasher.transactionHash(aggregate, GENERATION_HASH);
            aggregate = AggregateTransaction.decode(aggregate).withCosignatures(List.of(signer.cosign(bob(), aggregateHash)))
                    .encode();
            h.cosignedAggregate = aggregateHash;
            fourth.add(aggregate);
            block(chain, pool, clock, h, fourth);
            h.clock = clock[0];
        } finally {
            chain.close();
            verifiers.shutdownNow();
        }
        return h;
    }

    private static byte[] vector(String name, History h) {
        for (JsonNode t : VECTORS.get("transactions")) {
            if (t.get("name").asText().equals(name)) {
                h.vectorHashes.put(name, Hash256.fromHex(t.get("hash").asText()));
                return Hex.decode(t.get("payload").asText());
            }
        }
        throw new IllegalArgumentException("no vector " + name);
    }

    private void nemesis(Chain chain, TransactionParser parser, History h) throws MissingPluginsException {
        Devnet.Genesis g = h.genesis;
        StateChanges changes = chain.state().begin();
        g.seed().apply(changes, g.identity(), chain.processor().addresses());
        Environment environment = chain.processor().environment(1, g.timestamp(), changes);
        List<ParsedTransaction> parsed = new ArrayList<>();
        for (byte[] payload : g.transactions()) {
            TransactionParser.Outcome outcome = parser.parse(payload, environment.plugins());
            if (!outcome.ok()) {
                throw new IllegalStateException("a nemesis transaction is refused: " + outcome.rejection().detail());
            }
            parsed.add(outcome.transaction());
        }
        BlockProcessor.Built built = chain.processor().build(new BlockProcessor.Template(null, List.of(), g.nemesis(),
                g.timestamp(), g.difficulty(), 0, 1, 2, PublicKey.ZERO), parsed, changes);
        if (!built.dropped().isEmpty()) {
            throw new IllegalStateException("the nemesis block dropped " + built.dropped());
        }
        chain.commitNemesis(built.block(), changes);
        h.blocks.put(1L, List.copyOf(g.transactions()));
    }

    /** Submits the payloads and harvests them into the next block at the first moment the harvester hits. */
    private void block(Chain chain, UnconfirmedPool pool, long[] clock, History h, List<byte[]> payloads)
            throws MissingPluginsException {
        for (byte[] payload : payloads) {
            UnconfirmedPool.Submitted submitted = pool.submit(payload);
            if (!submitted.accepted()) {
                throw new IllegalStateException("the history's transaction " + (h.all().size() + 1) + " is refused: "
                        + submitted.rejection());
            }
        }
        clock[0] = nextHit(chain, h.genesis.harvester());
        BlockProcessor.Built built = chain.harvest(new BlockProcessor.Template(null, null, h.genesis.harvester(), clock[0],
                0, 0, 1, 2, PublicKey.ZERO), pool.candidates(1000));
        if (!built.dropped().isEmpty() || built.block().transactions().size() != payloads.size()) {
            throw new IllegalStateException("block " + (h.height() + 1) + " dropped " + built.dropped());
        }
        h.blocks.put(built.block().tip().height(), List.copyOf(payloads));
    }

    /** The earliest time after the tip at which the harvester hits (the kernel's TestNetwork does the same). */
    private static long nextHit(Chain chain, KeyPair harvester) throws MissingPluginsException {
        ChainTip tip = chain.tip();
        Environment environment = chain.processor().environment(tip.height() + 1, tip.timestamp() + 1,
                chain.state().view());
        var settings = environment.config().chain();
        Amount balance = chain.processor().effectiveBalance(harvester.publicKey(), tip.height() + 1, chain.state().view(),
                settings);
        BigInteger hit = PosRules.hit(EntityHasher.blockGenerationHash(tip.generationHash(), harvester.publicKey()));
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

    // --- keys and payloads ---------------------------------------------------------------------------------------

    KeyPair alice() {
        return genesis.funded().get(0);
    }

    KeyPair bob() {
        return genesis.funded().get(1);
    }

    KeyPair carol() {
        return genesis.funded().get(2);
    }

    KeyPair harvester() {
        return genesis.harvester();
    }

    static Address address(KeyPair key) {
        return Addresses.of(key.publicKey(), NETWORK);
    }

    static Address address(PublicKey key) {
        return Addresses.of(key, NETWORK);
    }

    /** @return ms since the Sirius epoch on the wall clock, as the node's pool and harvester see it */
    static long now() {
        return System.currentTimeMillis() - Timestamp.EPOCH_UNIX_MILLIS;
    }

    /** A transfer of the devnet currency with a short message, valid for an hour after {@code clock}. */
    byte[] transfer(KeyPair from, Address to, long amount, long clock) {
        return TransferPayloads.transfer(NETWORK, from, to, currency(), new Amount(amount),
                new byte[] {0, 'h', 'i'}, 0, new Timestamp(clock + 3_600_000L), GENERATION_HASH, signer);
    }

    MosaicId currency() {
        return genesis.identity().currencyMosaicId();
    }

    /** A transfer of the currency, valid for an hour from now: what a wallet announces to the running node. */
    byte[] transfer(KeyPair from, Address to, long amount) {
        return transfer(from, to, amount, now());
    }

    /**
     * @param type an aggregate type of version 3 (0x4141 or 0x4241)
     * @param signer the aggregate's signer
     * @param inner top-level transactions to embed (their signature, fee and deadline are dropped)
     * @param deadline the aggregate's deadline
     * @return the signed aggregate, without cosignatures
     */
    byte[] aggregate(EntityType type, KeyPair signerKey, List<byte[]> inner, long deadline) {
        List<EmbeddedTransaction> embedded = inner.stream().map(p -> EmbeddedTransaction.of(Transaction.decode(p))).toList();
        TransactionHeader header = new TransactionHeader(TransactionHeader.SIZE, Signature.ZERO, signerKey.publicKey(),
                VersionField.of(NETWORK, DerivationScheme.UNSET, 3), type, 0, new Timestamp(deadline));
        byte[] unsigned = AggregateTransaction.of(header, embedded, List.of()).encode();
        return signer.signTransaction(signerKey, unsigned, GENERATION_HASH);
    }

    /** A bonded aggregate signed by alice holding alice → carol and bob → alice: it waits for bob's cosignature. */
    byte[] bondedAliceAndBob() {
        return aggregate(EntityTypes.AGGREGATE_BONDED, alice(), List.of(transfer(alice(), address(carol()), 3),
                transfer(bob(), address(alice()), 4)), now() + 3_600_000L);
    }

    static Hash256 hash(byte[] payload) {
        return EntityHasher.transactionHash(payload, GENERATION_HASH);
    }

    Cosignature cosign(KeyPair cosigner, Hash256 aggregate) {
        return signer.cosign(cosigner, aggregate);
    }

    // --- the node --------------------------------------------------------------------------------------------------

    /**
     * Harvests one block through the node, as the harvesting bundle does. Only the first call on a node is sure to
     * hit (see the class comment).
     */
    long harvest() {
        HarvestResult result = node.harvest(new HarvestRequest(harvester(), 1, 2, PublicKey.ZERO));
        return result.height().orElseThrow(() -> new IllegalStateException("no block: " + result.reason()));
    }

    /** A REST answer: status, headers and the JSON body. */
    record Answer(int status, Map<String, String> headers, JsonNode json, String text) {
        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    Answer get(String pathAndQuery) {
        return call("GET", pathAndQuery, new byte[0], 0);
    }

    Answer post(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return call("POST", path, bytes, bytes.length);
    }

    Answer put(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return call("PUT", path, bytes, bytes.length);
    }

    Answer call(String method, String pathAndQuery, byte[] body, long declaredLength) {
        return call(servlet, method, pathAndQuery, body, declaredLength);
    }

    /** Runs one request through a servlet and reads its JSON answer. */
    static Answer call(RestServlet servlet, String method, String pathAndQuery, byte[] body, long declaredLength) {
        Fakes.Response response = new Fakes.Response();
        try {
            servlet.service(Fakes.request(method, pathAndQuery, body, declaredLength), response.servlet);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String text = response.body.toString(StandardCharsets.UTF_8);
        JsonNode json;
        try {
            json = text.isEmpty() ? null : new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
        return new Answer(response.status, response.headers, json, text);
    }

    static String payloadBody(byte[] payload) {
        return "{\"payload\":\"" + Hex.encode(payload) + "\"}";
    }

    @Override
    public void close() throws Exception {
        // NodeComponent's @Deactivate method is package-private, as DS needs it; the test calls it as SCR would.
        var deactivate = NodeComponent.class.getDeclaredMethod("deactivate");
        deactivate.setAccessible(true);
        deactivate.invoke(node);
        stores.close();
    }

    /** Deletes a directory tree. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static JsonNode vectors() {
        try (InputStream in = TestNode.class.getResourceAsStream("/vectors/sdk-vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The accepted plugins, as the kernel's registry hands them to the node ({@code PluginSource}) and to the REST
     * bundle ({@code PluginContributions}): first declaration of a type wins, as in the registry.
     */
    static final class Plugins implements PluginSource, PluginContributions {
        private final List<PluginDeclaration> declarations = new ArrayList<>();

        Plugins(List<TransactionPlugin> plugins) {
            for (TransactionPlugin plugin : plugins) {
                RecordingRegistrar r = new RecordingRegistrar();
                plugin.register(r);
                Map<Integer, TransactionJson<?>> json = new HashMap<>();
                r.transactionJson().forEach((type, writer) -> json.put(type.value(), writer));
                declarations.add(new PluginDeclaration(plugin.name(), r.configs(), r.transactions(), r.results(),
                        r.statelessValidators(), r.statefulValidators(), r.observers(), r.caches(), r.routes(),
                        r.mosaicResolvers(), r.addressResolvers(), json, r.derivations()));
            }
        }

        @Override
        public List<PluginDeclaration> accepted() {
            return List.copyOf(declarations);
        }

        @Override
        public void setActivationSource(ActivationSource source) {
        }

        @Override
        public void addChangeListener(Runnable listener) {
        }

        @Override
        public void removeChangeListener(Runnable listener) {
        }

        @Override
        public List<RouteDescriptor> routes() {
            return declarations.stream().flatMap(d -> d.routes().stream()).toList();
        }

        @Override
        public Optional<TransactionDescriptor<?>> transaction(EntityType type) {
            return declarations.stream().flatMap(d -> d.transactions().stream()).filter(t -> t.type().equals(type))
                    .findFirst().map(t -> (TransactionDescriptor<?>) t);
        }

        @Override
        public Optional<TransactionJson<?>> transactionJson(EntityType type) {
            return declarations.stream().map(d -> d.transactionJson().get(type.value()))
                    .filter(java.util.Objects::nonNull).findFirst().map(j -> (TransactionJson<?>) j);
        }
    }

    static KeyPair randomKey() {
        return KeyPair.generate(new SecureRandom(), DerivationScheme.ED25519_SHA3);
    }
}
