package io.sirius.plugin.testkit;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.resolver.Resolvers;
import io.sirius.api.state.StateDelta;
import io.sirius.api.state.StateView;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.ValidationContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the contexts the kernel hands to validators, observers and handlers, for unit tests.
 *
 * <pre>{@code
 * ValidationContext context = ContextBuilder.context()
 *         .height(100)
 *         .config(TransferConfig.SECTION, Map.of("maxMessageSize", "1024"))
 *         .validation();
 * }</pre>
 *
 * <p>Config sections come from a map of keys and values parsed, when {@link #config} is called, by the section's
 * own parser, so a test of a validator also exercises the real config parsing; asking a context for a section that
 * was not given throws {@link ConfigException}, as the kernel does for a missing section. Resolvers pass plain values
 * through ({@link PassThroughResolvers}) unless others are given. Each built context is immutable: later changes to
 * the builder do not reach it (the state object itself is shared, as the kernel shares the block's delta).
 *
 * <p>Defaults: height 10, block time 1,000,000 ms, mijin-test, a zero generation hash, a zero network key, an empty
 * {@code [chain]} section, currency mosaic
 * {@code 0x0DC67FBE1CAD29E3} (the dev default {@code prx.xpx}), an empty {@link InMemoryState}, {@link NotifyMode#COMMIT},
 * and for transaction contexts a zero signer, type 0x4154, version 1, deadline 2,000,000 ms, not embedded.
 */
public final class ContextBuilder {
    /** The dev networks' currency mosaic id ({@code prx.xpx}). */
    public static final MosaicId DEV_CURRENCY_MOSAIC_ID = new MosaicId(0x0DC67FBE1CAD29E3L);

    private Height height = new Height(10);
    private Timestamp blockTime = new Timestamp(1_000_000);
    private NetworkType network = NetworkType.MIJIN_TEST;
    private Hash256 generationHash = Hash256.ZERO;
    private MosaicId currencyMosaicId = DEV_CURRENCY_MOSAIC_ID;
    private PublicKey networkPublicKey = PublicKey.ZERO;
    private ConfigProperties chainConfig = new ConfigProperties("chain", Map.of());
    private final Map<String, ParsedSection> configs = new LinkedHashMap<>();
    private InMemoryState state = new InMemoryState();
    private NotifyMode mode = NotifyMode.COMMIT;
    private Resolvers resolvers = new PassThroughResolvers();
    private PublicKey signer = PublicKey.ZERO;
    private EntityType type = new EntityType(0x4154);
    private int version = 1;
    private Timestamp deadline = new Timestamp(2_000_000);
    private boolean embedded;
    private Hash256 hash = Hash256.ZERO;
    private final Map<Integer, TransactionDescriptor<?>> embeddable = new LinkedHashMap<>();
    private final List<io.sirius.api.receipt.Receipt> receipts = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ContextBuilder() {
    }

    /** @return a builder with the defaults */
    public static ContextBuilder context() {
        return new ContextBuilder();
    }

    /**
     * @param value the height of the block being validated or observed
     * @return this builder
     */
    public ContextBuilder height(long value) {
        return height(new Height(value));
    }

    /**
     * @param value the height of the block being validated or observed
     * @return this builder
     */
    public ContextBuilder height(Height value) {
        this.height = Objects.requireNonNull(value, "height");
        return this;
    }

    /**
     * @param value the block's timestamp
     * @return this builder
     */
    public ContextBuilder blockTime(Timestamp value) {
        this.blockTime = Objects.requireNonNull(value, "blockTime");
        return this;
    }

    /**
     * @param value the network
     * @return this builder
     */
    public ContextBuilder network(NetworkType value) {
        this.network = Objects.requireNonNull(value, "network");
        return this;
    }

    /**
     * @param value the generation hash
     * @return this builder
     */
    public ContextBuilder generationHash(Hash256 value) {
        this.generationHash = Objects.requireNonNull(value, "generationHash");
        return this;
    }

    /**
     * @param value the currency mosaic
     * @return this builder
     */
    public ContextBuilder currencyMosaicId(MosaicId value) {
        this.currencyMosaicId = Objects.requireNonNull(value, "currencyMosaicId");
        return this;
    }

    /**
     * @param value the network's public key ({@code [network] publicKey})
     * @return this builder
     */
    public ContextBuilder networkPublicKey(PublicKey value) {
        this.networkPublicKey = Objects.requireNonNull(value, "networkPublicKey");
        return this;
    }

    /**
     * @param properties the {@code [chain]} section's keys and values, as they would appear in config-network
     * @return this builder
     */
    public ContextBuilder chainConfig(Map<String, String> properties) {
        this.chainConfig = new ConfigProperties("chain", Objects.requireNonNull(properties, "properties"));
        return this;
    }

    /**
     * Gives a config section, parsing it now with the section's own parser.
     *
     * @param section the plugin's section
     * @param properties its keys and values, as they would appear in config-network
     * @return this builder
     * @throws ConfigException if the section's parser rejects them
     */
    public ContextBuilder config(ConfigSection<?> section, Map<String, String> properties) {
        Objects.requireNonNull(section, "section");
        ConfigProperties values = new ConfigProperties(section.sectionName(), properties);
        configs.put(section.sectionName(), new ParsedSection(section, values, section.parser().parse(values)));
        return this;
    }

    /**
     * @param value the state stateful validators read (through {@link InMemoryState#view()}) and observers change
     * @return this builder
     */
    public ContextBuilder state(InMemoryState value) {
        this.state = Objects.requireNonNull(value, "state");
        return this;
    }

    /**
     * @param value commit or rollback, for observer contexts
     * @return this builder
     */
    public ContextBuilder mode(NotifyMode value) {
        this.mode = Objects.requireNonNull(value, "mode");
        return this;
    }

    /**
     * @return the receipts observers added through the observer contexts this builder built, in order, whatever their
     *     mode (the kernel keeps only those added in commit mode, so a test can check that rollback adds none); live:
     *     it grows as observers add receipts
     * @since 1.2
     */
    public List<io.sirius.api.receipt.Receipt> receipts() {
        return java.util.Collections.unmodifiableList(receipts);
    }

    /**
     * @param value the alias resolution stateful validators and observers see
     * @return this builder
     */
    public ContextBuilder resolvers(Resolvers value) {
        this.resolvers = Objects.requireNonNull(value, "resolvers");
        return this;
    }

    /**
     * @param value the transaction's signer, for transaction contexts
     * @return this builder
     */
    public ContextBuilder signer(PublicKey value) {
        this.signer = Objects.requireNonNull(value, "signer");
        return this;
    }

    /**
     * @param value the transaction's type, for transaction contexts
     * @return this builder
     */
    public ContextBuilder type(EntityType value) {
        this.type = Objects.requireNonNull(value, "type");
        return this;
    }

    /**
     * @param value the entity version, for transaction contexts
     * @return this builder
     */
    public ContextBuilder version(int value) {
        this.version = value;
        return this;
    }

    /**
     * @param value the transaction's deadline, for transaction contexts
     * @return this builder
     */
    public ContextBuilder deadline(Timestamp value) {
        this.deadline = Objects.requireNonNull(value, "deadline");
        return this;
    }

    /**
     * @param value whether the transaction is embedded in an aggregate, for transaction contexts
     * @return this builder
     */
    public ContextBuilder embedded(boolean value) {
        this.embedded = value;
        return this;
    }

    /**
     * @param value the transaction's hash, for transaction contexts (an aggregate's, for the transactions it embeds)
     * @return this builder
     */
    public ContextBuilder hash(Hash256 value) {
        this.hash = Objects.requireNonNull(value, "hash");
        return this;
    }

    /**
     * Makes transaction types publishable as embedded transactions through
     * {@link TransactionContext#publishEmbedded}, for testing an aggregate's handler with real inner plugins.
     *
     * @param descriptors the embedded types' descriptors (from a {@link RecordingRegistrar})
     * @return this builder
     */
    public ContextBuilder embeddable(TransactionDescriptor<?>... descriptors) {
        for (TransactionDescriptor<?> d : descriptors) {
            embeddable.put(d.type().value(), d);
        }
        return this;
    }

    /** @return what a stateless validator sees */
    public ValidationContext validation() {
        return new StatelessContext(facts());
    }

    /** @return what a stateful validator sees: the facts and a read-only view of the state */
    public StatefulValidationContext stateful() {
        return new StatefulContext(facts(), state.view(), resolvers);
    }

    /** @return what an observer sees: the facts, the mode and the state itself */
    public ObserverContext observer() {
        return new ObserverContextImpl(facts(), mode, state, resolvers, receipts);
    }

    /** @return what a transaction handler sees */
    public TransactionContext transaction() {
        return new TransactionContextImpl(signer, type, version, network, deadline, height, embedded, hash,
                Map.copyOf(embeddable));
    }

    private Facts facts() {
        return new Facts(height, blockTime, network, generationHash, currencyMosaicId, networkPublicKey, chainConfig,
                Map.copyOf(configs));
    }

    /** A section with its raw values and what its own parser made of them. */
    private record ParsedSection(ConfigSection<?> section, ConfigProperties values, Object parsed) {
    }

    /** What every context shares. */
    private record Facts(Height height, Timestamp blockTime, NetworkType network, Hash256 generationHash,
            MosaicId currencyMosaicId, PublicKey networkPublicKey, ConfigProperties chainConfig,
            Map<String, ParsedSection> configs) {

        <C> C config(ConfigSection<C> wanted) {
            ParsedSection given = configs.get(wanted.sectionName());
            if (given == null) {
                throw new ConfigException("the network config has no [" + wanted.sectionName() + "] section");
            }
            if (given.section().equals(wanted)) {
                @SuppressWarnings("unchecked")
                C parsed = (C) given.parsed();
                return parsed;
            }
            return wanted.parser().parse(given.values());
        }
    }

    /** What every context answers from the shared facts. */
    private abstract static class FactsContext {
        private final Facts facts;

        FactsContext(Facts facts) {
            this.facts = facts;
        }

        public Height height() {
            return facts.height();
        }

        public Timestamp blockTime() {
            return facts.blockTime();
        }

        public NetworkType network() {
            return facts.network();
        }

        public MosaicId currencyMosaicId() {
            return facts.currencyMosaicId();
        }

        public Hash256 generationHash() {
            return facts.generationHash();
        }

        public <C> C config(ConfigSection<C> section) {
            return facts.config(section);
        }

        public PublicKey networkPublicKey() {
            return facts.networkPublicKey();
        }

        public ConfigProperties chainConfig() {
            return facts.chainConfig();
        }

        public io.sirius.api.model.Address addressOf(PublicKey key) {
            return io.sirius.crypto.Addresses.of(key, facts.network());
        }
    }

    /** A stateless validator's context. */
    private static final class StatelessContext extends FactsContext implements ValidationContext {
        StatelessContext(Facts facts) {
            super(facts);
        }
    }

    /** A stateful validator's context. */
    private static final class StatefulContext extends FactsContext implements StatefulValidationContext {
        private final StateView state;
        private final Resolvers resolvers;

        StatefulContext(Facts facts, StateView state, Resolvers resolvers) {
            super(facts);
            this.state = state;
            this.resolvers = resolvers;
        }

        @Override
        public StateView state() {
            return state;
        }

        @Override
        public Resolvers resolvers() {
            return resolvers;
        }
    }

    /** An observer's context. */
    private static final class ObserverContextImpl extends FactsContext implements ObserverContext {
        private final NotifyMode mode;
        private final StateDelta state;
        private final Resolvers resolvers;
        private final List<io.sirius.api.receipt.Receipt> receipts;

        ObserverContextImpl(Facts facts, NotifyMode mode, StateDelta state, Resolvers resolvers,
                List<io.sirius.api.receipt.Receipt> receipts) {
            super(facts);
            this.mode = mode;
            this.state = state;
            this.resolvers = resolvers;
            this.receipts = receipts;
        }

        @Override
        public void addReceipt(io.sirius.api.receipt.Receipt receipt) {
            receipts.add(java.util.Objects.requireNonNull(receipt, "receipt"));
        }

        @Override
        public NotifyMode mode() {
            return mode;
        }

        @Override
        public StateDelta state() {
            return state;
        }

        @Override
        public Resolvers resolvers() {
            return resolvers;
        }
    }

    /** A handler's context. */
    private record TransactionContextImpl(PublicKey signer, EntityType type, int version, NetworkType network,
            Timestamp deadline, Height height, boolean embedded, Hash256 hash,
            Map<Integer, TransactionDescriptor<?>> embeddable) implements TransactionContext {
        @Override
        public io.sirius.api.model.Address addressOf(PublicKey key) {
            return io.sirius.crypto.Addresses.of(key, network);
        }

        @Override
        public void publishEmbedded(EmbeddedTransaction transaction, NotificationSink sink) {
            if (embedded) {
                throw new IllegalStateException("aggregates do not nest");
            }
            EmbeddedTransactionHeader h = transaction.header();
            TransactionDescriptor<?> descriptor = embeddable.get(h.type().value());
            if (descriptor == null || !descriptor.embeddable() || !descriptor.understands(h.version().version())) {
                throw new IllegalStateException("no embeddable plugin given for " + h.type() + " version "
                        + h.version().version() + " (ContextBuilder.embeddable)");
            }
            publish(descriptor, transaction, new TransactionContextImpl(h.signer(), h.type(), h.version().version(), network,
                    deadline, height, true, hash, Map.of()), sink);
        }

        @SuppressWarnings("unchecked")
        private static <T> void publish(TransactionDescriptor<T> descriptor, EmbeddedTransaction transaction,
                TransactionContext context, NotificationSink sink) {
            BinaryReader reader = BinaryReader.of(transaction.body());
            T body = descriptor.codec().decode(reader, context.version());
            reader.requireExhausted(descriptor.name() + " body");
            descriptor.handler().publish(body, context, sink);
        }
    }
}
