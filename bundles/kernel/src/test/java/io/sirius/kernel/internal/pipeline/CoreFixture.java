package io.sirius.kernel.internal.pipeline;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.ValidationContext;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.internal.PluginDeclaration;
import io.sirius.kernel.internal.chain.ConfigHistory;
import io.sirius.kernel.internal.core.BalanceHistory;
import io.sirius.kernel.internal.core.CoreSystem;
import io.sirius.kernel.internal.core.TransactionHashes;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore;
import io.sirius.state.StateStore.StateReader;
import io.sirius.state.internal.MapDbStateStoreFactory;
import io.sirius.state.internal.StoreOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The kernel-side fixture for unit tests of the core rules: a real state delta on the MapDB engine in a temporary
 * directory, the devnet network configuration of {@code src/test/resources/devnet}, and the kernel's own contexts
 * ({@link Contexts}, the ones {@link TransactionProcessor} hands to validators and observers), which implement the
 * plugin SPI's context interfaces and the kernel's {@code KernelContext}/{@code ConfigContext}.
 *
 * <p>Lives in the pipeline package because {@link Contexts} is package private; tests of other packages use it
 * through its public methods.
 */
public final class CoreFixture implements AutoCloseable {
    /** The devnet templates. */
    public static final Path DEVNET = Path.of("src/test/resources/devnet");
    /** The fixture's network. */
    public static final NetworkType NETWORK = NetworkType.MIJIN_TEST;
    /** The fixture's currency (= harvesting) mosaic. */
    public static final MosaicId CURRENCY = new MosaicId(0x2A4D_17E1_C3F0_5B69L);
    /** The indexes the core keeps beside the state; {@link #snapshot} compares them entry by entry. */
    public static final List<String> INDEXES = List.of(BalanceHistory.INDEX, TransactionHashes.BY_HASH,
            TransactionHashes.BY_DEADLINE, ConfigHistory.INDEX,
            io.sirius.state.StateStore.storeName(AccountStateCache.HOLDERS));

    private final Ed25519 ed25519 = new Ed25519();
    private final StateStore store;
    private final NetworkConfiguration config;
    private final NetworkIdentity identity;
    private final AddressBook addresses;
    private final ActivePlugins plugins;
    private StateChanges changes;

    private CoreFixture(StateStore store, NetworkConfiguration config, List<PluginDeclaration> extra) {
        this.store = store;
        this.config = config;
        this.identity = new NetworkIdentity(NETWORK, Hash256.of(bytes(32, 7)), CURRENCY, config.networkPublicKey());
        this.addresses = new AddressBook(NETWORK, 1000);
        List<PluginDeclaration> declarations = new ArrayList<>();
        declarations.add(CoreSystem.declaration(ed25519));
        declarations.addAll(extra);
        this.plugins = new ActivePlugins(declarations);
        this.changes = store.begin();
    }

    /**
     * @param directory an empty directory for the state store
     * @return a fixture with the devnet configuration and only the core system
     */
    public static CoreFixture open(Path directory) {
        return open(directory, devnetConfig(UnaryOperator.identity()), List.of());
    }

    /**
     * @param directory an empty directory for the state store
     * @param config the network configuration in force
     * @param extra plugin declarations after the core system (e.g. alias resolvers)
     * @return the fixture
     */
    public static CoreFixture open(Path directory, NetworkConfiguration config, List<PluginDeclaration> extra) {
        try {
            return new CoreFixture(new MapDbStateStoreFactory(StoreOptions.DEFAULTS).openState(directory), config, extra);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the devnet properties template, with its placeholder for the network key */
    public static String devnetTemplate() {
        return read("config-network.properties");
    }

    /** @return the devnet supported-entities JSON */
    public static String devnetEntities() {
        return read("supported-entities.json");
    }

    /** @return the network key the fixture's configs name */
    public static PublicKey networkKey() {
        return key(0).publicKey();
    }

    /**
     * @param edit changes to the devnet properties text (after the network key was filled in)
     * @return the parsed configuration
     */
    public static NetworkConfiguration devnetConfig(UnaryOperator<String> edit) {
        return NetworkConfiguration.parse(edit.apply(devnetText()), devnetEntities());
    }

    /** @return the devnet properties with the fixture's network key */
    public static String devnetText() {
        return devnetTemplate().replace("${nemesisPublicKey}", networkKey().toHex());
    }

    /**
     * @param text a config text
     * @param key a {@code [chain]} key
     * @param value its new value
     * @return the text with the key's line replaced
     */
    public static String withChainValue(String text, String key, String value) {
        String replaced = text.replaceAll("(?m)^" + key + " = .*$", key + " = " + java.util.regex.Matcher.quoteReplacement(value));
        if (replaced.equals(text) && !text.contains(key + " = " + value)) {
            throw new IllegalArgumentException("the config has no line '" + key + " = ...'");
        }
        return replaced;
    }

    private static String read(String name) {
        try {
            return Files.readString(DEVNET.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param seed a seed
     * @return a deterministic key pair (SHA3 scheme)
     */
    public static KeyPair key(int seed) {
        return KeyPair.of(PrivateKey.of(bytes(32, 1000 + seed)), DerivationScheme.UNSET);
    }

    /**
     * @param size how many
     * @param seed a seed
     * @return deterministic pseudo-random bytes
     */
    public static byte[] bytes(int size, long seed) {
        byte[] out = new byte[size];
        new Random(seed).nextBytes(out);
        return out;
    }

    /** @return the network configuration the contexts carry */
    public NetworkConfiguration config() {
        return config;
    }

    /** @return the network identity */
    public NetworkIdentity identity() {
        return identity;
    }

    /** @return the active plugins: the core system and the extra declarations */
    public ActivePlugins plugins() {
        return plugins;
    }

    /** @return the address book the contexts use */
    public AddressBook addresses() {
        return addresses;
    }

    /** @return the signature verifier the core system was declared with */
    public Ed25519 ed25519() {
        return ed25519;
    }

    /** @return the current delta */
    public StateChanges changes() {
        return changes;
    }

    /** @return the committed state */
    public StateReader committed() {
        return store.view();
    }

    /** @return the store */
    public StateStore store() {
        return store;
    }

    /**
     * Commits the current delta and begins a new one.
     *
     * @param height the committed state's height
     */
    public void commit(long height) {
        store.commit(changes, height);
        changes = store.begin();
    }

    /**
     * @param height a height
     * @param time a block time
     * @return the environment the kernel would build there with this fixture's config and plugins
     */
    public Environment environment(long height, long time) {
        return Environment.of(identity, new Height(height), new Timestamp(time), config, plugins, addresses);
    }

    /**
     * @param height the height
     * @param time the block time
     * @return the kernel's stateless validation context
     */
    public ValidationContext stateless(long height, long time) {
        return new Contexts.Stateless(environment(height, time));
    }

    /**
     * @param height the height
     * @param time the block time
     * @return the kernel's stateful validation context over the current delta
     */
    public StatefulValidationContext stateful(long height, long time) {
        return new Contexts.Stateful(environment(height, time), changes);
    }

    /**
     * @param mode commit or rollback
     * @param height the height of the block being applied or undone
     * @return the kernel's observer context over the current delta
     */
    public ObserverContext observer(NotifyMode mode, long height) {
        return new Contexts.Observing(environment(height, 1_000_000L + height), mode, changes);
    }

    /**
     * @param key a public key
     * @return its address on the fixture's network
     */
    public static Address address(PublicKey key) {
        return Addresses.of(key, NETWORK);
    }

    /**
     * @param address an address
     * @return its account in the current delta
     */
    public Optional<AccountState> account(Address address) {
        return changes.cache(AccountStateCache.DESCRIPTOR).find(address);
    }

    /**
     * Stores an account as a balance change would leave it: its rows in the kernel's holders index follow its
     * balances, as they do after the nemesis seed and every balance observer.
     *
     * @param account an account to store in the current delta
     */
    public void put(AccountState account) {
        Optional<AccountState> old = changes.cache(AccountStateCache.DESCRIPTOR).find(account.address());
        java.util.Set<io.sirius.api.model.MosaicId> mosaics = new java.util.TreeSet<>(account.balances().keySet());
        old.ifPresent(a -> mosaics.addAll(a.balances().keySet()));
        for (io.sirius.api.model.MosaicId mosaic : mosaics) {
            io.sirius.kernel.internal.core.Holders.update(changes.index(AccountStateCache.HOLDERS), account.address(), mosaic,
                    old.map(a -> a.balance(mosaic)).orElse(Amount.ZERO), account.balance(mosaic));
        }
        changes.cache(AccountStateCache.DESCRIPTOR).put(account.address(), account);
    }

    /**
     * @param address an address
     * @return its currency balance in the current delta, zero if it has no account
     */
    public long balance(Address address) {
        return account(address).map(a -> a.balance(CURRENCY).value()).orElse(0L);
    }

    /**
     * @return the state as the core rules see it: the account and network-config roots and every entry of the
     *     core's indexes
     */
    public Snapshot snapshot() {
        return Snapshot.of(changes);
    }

    /**
     * What a rollback must restore exactly.
     *
     * @param accountRoot the Merkle root of the account cache
     * @param configRoot the Merkle root of the network config cache
     * @param indexes every entry of the core's indexes, as hex key = hex value
     */
    public record Snapshot(Hash256 accountRoot, Hash256 configRoot, Map<String, List<String>> indexes) {
        /**
         * @param state a state
         * @return its snapshot
         */
        public static Snapshot of(StateReader state) {
            Map<String, List<String>> indexes = new LinkedHashMap<>();
            for (String name : INDEXES) {
                List<String> entries = new ArrayList<>();
                state.index(name).scan(new byte[0], (k, v) -> {
                    entries.add(Hex.encode(k) + "=" + Hex.encode(v));
                    return true;
                });
                indexes.put(name, entries);
            }
            return new Snapshot(state.root(AccountStateCache.NAME), state.root(NetworkConfigCache.NAME), indexes);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
