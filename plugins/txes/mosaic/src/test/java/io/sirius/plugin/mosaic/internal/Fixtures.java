package io.sirius.plugin.mosaic.internal;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.internal.state.MosaicIndexes;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicDefinition;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.resolver.Resolvers;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.PassThroughResolvers;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Keys, config and state for the mosaic plugin's tests. */
public final class Fixtures {
    /** The signer of the SDK vectors (private key 0101...01, account v1). */
    public static final PublicKey OWNER =
            PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");
    /** Another account. */
    public static final PublicKey OTHER =
            PublicKey.fromHex("B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF");
    /** A third account. */
    public static final PublicKey THIRD =
            PublicKey.fromHex("3E82E1C1E4A75ADAA3CBA8C101C3CD31D9817A2EB966EB3B511FB2ED45B8E262");
    /** The network's key ({@code [network] publicKey}) of the tests' contexts. */
    public static final PublicKey NETWORK =
            PublicKey.fromHex("B0D9B1FA9D1A15D5BB1F4F59B5A1A4AE3C7E4F7CD2B5EC6FC1E9D2B4E7D53B11");
    /** The rental fee sink of Sirius's default config. */
    public static final PublicKey SINK =
            PublicKey.fromHex("53E140B5947F104CABC2D6FE8BAEDBC30EF9A0609C717D9613DE593EC2A266D3");
    /** A mosaic id. */
    public static final MosaicId MOSAIC = new MosaicId(0x36CC4F72E42A81D3L);
    /** Another mosaic id. */
    public static final MosaicId OTHER_MOSAIC = new MosaicId(0x1234567890ABCDEFL);
    /** The currency mosaic of the testkit's contexts. */
    public static final MosaicId CURRENCY = ContextBuilder.DEV_CURRENCY_MOSAIC_ID;
    /** A namespace alias ({@code prx.xpx}'s id) that {@link #ALIASES} resolves to {@link #MOSAIC}. */
    public static final UnresolvedMosaicId MOSAIC_ALIAS = new UnresolvedMosaicId(0xBFFB42A19116BDF6L);
    /** A namespace alias that {@link #ALIASES} resolves to nothing. */
    public static final UnresolvedMosaicId UNKNOWN_ALIAS = new UnresolvedMosaicId(0xB16D77FD8B6FB3BEL);
    /** An address alias that {@link #ALIASES} resolves to {@link #OWNER}'s address. */
    public static final UnresolvedAddress OWNER_ALIAS =
            UnresolvedAddress.alias(NetworkType.MIJIN_TEST, new NamespaceId(0xB6419E0C88AB6190L));
    /** Resolves {@link #MOSAIC_ALIAS} and {@link #OWNER_ALIAS}, passes plain values through. */
    public static final Resolvers ALIASES = new Resolvers() {
        private final Resolvers plain = new PassThroughResolvers();

        @Override
        public Optional<MosaicId> resolve(UnresolvedMosaicId id) {
            return id.equals(MOSAIC_ALIAS) ? Optional.of(MOSAIC) : plain.resolve(id);
        }

        @Override
        public Optional<Address> resolve(UnresolvedAddress address) {
            return address.equals(OWNER_ALIAS) ? Optional.of(address(OWNER)) : plain.resolve(address);
        }
    };
    /** The height contexts run at, unless a test says otherwise. */
    public static final long HEIGHT = 100;

    private Fixtures() {
    }

    /**
     * @return the mosaic section as Sirius's default config-network.properties has it: 10'000 mosaics per account,
     *     3650 days (21'024'000 blocks of 15 s), divisibility 6, a fee of 10'000 XPX, levies enabled
     */
    public static Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("maxMosaicsPerAccount", "10'000");
        config.put("maxMosaicDuration", "3650d");
        config.put("maxMosaicDivisibility", "6");
        config.put("mosaicRentalFeeSinkPublicKey", SINK.toHex());
        config.put("mosaicRentalFee", "10'000'000'000");
        config.put("levyEnabled", "true");
        return config;
    }

    /**
     * @param key a key of the section
     * @param value its value, or null to leave the key out
     * @return {@link #config()} with that change
     */
    public static Map<String, String> config(String key, String value) {
        Map<String, String> config = config();
        if (value == null) {
            config.remove(key);
        } else {
            config.put(key, value);
        }
        return config;
    }

    /**
     * @return the two {@code [chain]} keys the plugin reads, with Sirius's default values written as Sirius writes
     *     them: a supply bound of 9'000'000'000'000'000 and a block time of 15 s
     */
    public static Map<String, String> chain() {
        Map<String, String> chain = new HashMap<>();
        chain.put("maxMosaicAtomicUnits", "9'000'000'000'000'000");
        chain.put("blockGenerationTargetTime", "15s");
        return chain;
    }

    /**
     * @param key a key of {@code [chain]}
     * @param value its value, or null to leave the key out
     * @return {@link #chain()} with that change
     */
    public static Map<String, String> chain(String key, String value) {
        Map<String, String> chain = chain();
        if (value == null) {
            chain.remove(key);
        } else {
            chain.put(key, value);
        }
        return chain;
    }

    /** @return an empty state with the mosaic, levy and account caches */
    public static InMemoryState state() {
        return InMemoryState.of(MosaicCache.DESCRIPTOR, LevyCache.DESCRIPTOR, AccountStateCache.DESCRIPTOR);
    }

    /**
     * @param state the state
     * @return a context builder at {@link #HEIGHT} with the default config, {@link #chain()}, {@link #NETWORK} as
     *     the network key and {@link #ALIASES} over the state
     */
    public static ContextBuilder context(InMemoryState state) {
        return ContextBuilder.context().height(HEIGHT).config(MosaicConfig.SECTION, config()).chainConfig(chain())
                .networkPublicKey(NETWORK).state(state).resolvers(ALIASES);
    }

    /**
     * @param key a public key
     * @return its mijin-test address
     */
    public static Address address(PublicKey key) {
        return ContextBuilder.context().validation().addressOf(key);
    }

    /**
     * @param id the id
     * @param owner the owner
     * @param height the height of the definition
     * @param duration the duration (0 eternal)
     * @param flags the flags
     * @param supply the supply
     * @return the entry, revision 1, divisibility 3
     */
    public static MosaicEntry mosaic(MosaicId id, PublicKey owner, long height, long duration, int flags, long supply) {
        return new MosaicEntry(id, new Amount(supply), new MosaicDefinition(new Height(height), owner, 1,
                new MosaicProperties(flags, 3, new BlockDuration(duration))));
    }

    /**
     * Stores a mosaic as the observers do: the entry and its rows in the plugin's indexes (replacing the rows of an
     * entry it replaces).
     *
     * @param state the state
     * @param entry a mosaic to store
     * @return the state
     */
    public static InMemoryState put(InMemoryState state, MosaicEntry entry) {
        state.cache(MosaicCache.DESCRIPTOR).find(entry.mosaicId()).ifPresent(old -> MosaicIndexes.remove(state, old));
        state.cache(MosaicCache.DESCRIPTOR).put(entry.mosaicId(), entry);
        MosaicIndexes.add(state, entry);
        return state;
    }

    /**
     * @param state the state
     * @param key the account
     * @param balances mosaic and amount pairs
     * @return the state
     */
    public static InMemoryState account(InMemoryState state, PublicKey key, long... balances) {
        AccountState account = AccountState.create(address(key), new Height(1)).withPublicKey(key, new Height(1));
        for (int i = 0; i < balances.length; i += 2) {
            account = account.withBalance(new MosaicId(balances[i]), new Amount(balances[i + 1]));
        }
        state.cache(AccountStateCache.DESCRIPTOR).put(account.address(), account);
        return state;
    }

    /**
     * Moves a transfer's amount the way the core's balance observer does in COMMIT mode, so that a test can see what a
     * derivation gives once the transfers it derived have been observed. Both accounts must exist.
     *
     * @param state the state
     * @param transfer a transfer naming plain (not aliased) mosaic and recipient
     * @return the state
     */
    public static InMemoryState observe(InMemoryState state, BalanceTransferNotification transfer) {
        var accounts = state.cache(AccountStateCache.DESCRIPTOR);
        MosaicId mosaic = new MosaicId(transfer.mosaicId().value());
        Address from = address(transfer.sender());
        Address to = transfer.recipient().toAddress();
        accounts.put(from, accounts.find(from).orElseThrow().debit(mosaic, transfer.amount()));
        accounts.put(to, accounts.find(to).orElseThrow().credit(mosaic, transfer.amount()));
        return state;
    }

    /**
     * @param id a mosaic
     * @return it as a transaction names it, not an alias
     */
    public static UnresolvedMosaicId unresolved(MosaicId id) {
        return new UnresolvedMosaicId(id.value());
    }

    /**
     * @param key an account
     * @return its address as a transaction names it, not an alias
     */
    public static UnresolvedAddress unresolved(PublicKey key) {
        return address(key).toUnresolved();
    }

    /**
     * @param type the type
     * @param recipient who receives it
     * @param mosaic the mosaic it is paid in
     * @param fee the fee
     * @return the levy
     */
    public static MosaicLevy levy(LevyType type, PublicKey recipient, MosaicId mosaic, long fee) {
        return new MosaicLevy(type, address(recipient), mosaic, new Amount(fee));
    }

    /**
     * @param state the state
     * @param mosaic the levied mosaic
     * @param levy its levy
     * @return the state
     */
    public static InMemoryState levy(InMemoryState state, MosaicId mosaic, MosaicLevy levy) {
        state.cache(LevyCache.DESCRIPTOR).put(mosaic, LevyEntry.of(mosaic, levy));
        return state;
    }
}
