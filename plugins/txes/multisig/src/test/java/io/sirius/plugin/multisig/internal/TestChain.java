package io.sirius.plugin.multisig.internal;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.aggregate.model.AggregateTransactionBody;
import io.sirius.plugin.aggregate.model.AggregateTypes;
import io.sirius.plugin.multisig.internal.validators.Modifications;
import io.sirius.plugin.multisig.model.ModifyMultisigAccountTransaction;
import io.sirius.plugin.multisig.model.MultisigTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import io.sirius.plugin.transfer.model.TransferTransaction;
import io.sirius.plugin.transfer.model.TransferTypes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Several plugins run over a chain the way the kernel runs them, for tests of the multisig plugin with the aggregate
 * plugin (and any embeddable one) as a node has them:
 *
 * <ul>
 * <li>the active plugins are those installed that the network config in force enables (a section present, and not
 *     {@code enabled = false}), ordered by name; a config enabling a plugin that is not installed halts the chain
 *     ({@link MissingPluginException}, the kernel's {@code MissingPluginsException});
 * <li>each announced aggregate is a block of one transaction: the kernel's {@link TransactionNotification}, then the
 *     aggregate handler's notifications, each embedded transaction published by its own active plugin; the
 *     stateless rules judge them all first, then each notification is judged by the stateful rules and observed in
 *     turn; the first failure rejects the block, whose partial effects are undone;
 * <li>rolling back a block undoes its notifications in reverse order, each one's observers in reverse, with the
 *     plugins and config that were in force at its height.
 * </ul>
 *
 * The kernel's own rules (signatures, fees, balances, deadlines) do not run. Account {@code n} is
 * {@link Fixtures#key(int)}.
 */
public final class TestChain {
    private final Map<String, RecordingRegistrar> installed = new TreeMap<>();
    private final Map<String, Map<String, String>> config = new TreeMap<>();
    private final InMemoryState state = Fixtures.state();
    private final Deque<Block> blocks = new ArrayDeque<>();
    private long height = 1;

    /** A block applied: its height, what was in force, and its notifications. */
    private record Block(long height, Map<String, Map<String, String>> config, List<RecordingRegistrar> plugins,
            List<Notification> notifications) {
    }

    /** The config in force enables a plugin this node does not have: block processing halts. */
    public static final class MissingPluginException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingPluginException(Set<String> missing) {
            super("the network config enables plugins that are not installed: " + missing);
        }
    }

    /**
     * @param plugin a plugin to install (available; active while the config enables it)
     * @return this chain
     */
    public TestChain install(TransactionPlugin plugin) {
        RecordingRegistrar registrar = new RecordingRegistrar();
        plugin.register(registrar);
        installed.put(plugin.name(), registrar);
        return this;
    }

    /**
     * @param name a plugin's name
     * @return this chain, without that plugin's bundle
     */
    public TestChain uninstall(String name) {
        installed.remove(name);
        return this;
    }

    /**
     * Puts a plugin's section into the network config, in force from the next block.
     *
     * @param name the plugin's name
     * @param section the section's keys and values
     * @return this chain
     */
    public TestChain configure(String name, Map<String, String> section) {
        config.put(name, Map.copyOf(section));
        return this;
    }

    /**
     * @param name a plugin's name
     * @return this chain, whose config keeps the plugin's section with {@code enabled = false} from the next block
     */
    public TestChain disable(String name) {
        Map<String, String> section = new HashMap<>(config.getOrDefault(name, Map.of()));
        section.put("enabled", "false");
        config.put(name, Map.copyOf(section));
        return this;
    }

    /**
     * @param name a plugin's name
     * @return this chain, whose config has no section of the plugin from the next block
     */
    public TestChain unconfigure(String name) {
        config.remove(name);
        return this;
    }

    /** @return the state (the Multisig cache) */
    public InMemoryState state() {
        return state;
    }

    /** @return the chain height: the last block applied */
    public long height() {
        return height;
    }

    /**
     * @return the names of the plugins that would process the next block, in their order
     * @throws MissingPluginException if the config enables a plugin that is not installed
     */
    public List<String> activePlugins() {
        List<String> names = new ArrayList<>();
        active(config).forEach(r -> names.add(nameOf(r)));
        return names;
    }

    /**
     * @param signer the embedded transaction's signer
     * @param type its type, of an installed embeddable plugin
     * @param body its body, written with that plugin's codec
     * @return the embedded transaction
     */
    public EmbeddedTransaction embedded(int signer, EntityType type, Object body) {
        TransactionDescriptor<?> descriptor = installed.values().stream()
                .flatMap(r -> r.transactions().stream())
                .filter(d -> d.type().equals(type))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no installed plugin has " + type));
        byte[] bytes = encode(descriptor, body);
        return new EmbeddedTransaction(new EmbeddedTransactionHeader(EmbeddedTransactionHeader.SIZE + bytes.length,
                Fixtures.key(signer), VersionField.of(NetworkType.MIJIN_TEST, DerivationScheme.UNSET,
                descriptor.maxVersion()), type), bytes);
    }

    /**
     * @param from the sender
     * @return an embedded transfer of nothing from {@code from} to account 99
     */
    public EmbeddedTransaction transfer(int from) {
        return embedded(from, TransferTypes.TRANSFER,
                new TransferTransaction(Fixtures.address(Fixtures.key(99)).toUnresolved(), new byte[0], List.of()));
    }

    /**
     * @param account the account modified (the embedded signer)
     * @param removalDelta the removal minimum's change
     * @param approvalDelta the approval minimum's change
     * @param modifications as {@link Modifications#parse}: {@code "+2 -3"} adds 2 and removes 3
     * @return an embedded Modify_Multisig_Account
     */
    public EmbeddedTransaction modify(int account, int removalDelta, int approvalDelta, String modifications) {
        return embedded(account, MultisigTypes.MODIFY_MULTISIG_ACCOUNT,
                new ModifyMultisigAccountTransaction(removalDelta, approvalDelta, Modifications.parse(modifications)));
    }

    /**
     * Announces a complete aggregate (version 3) as the next block, which is applied if it is valid.
     *
     * @param signer the aggregate's signer
     * @param transactions its embedded transactions
     * @param cosigners its cosigners (their signatures are not checked)
     * @return success, or the first failure, in which case the state is as it was
     * @throws MissingPluginException if the config enables a plugin that is not installed
     */
    public ResultCode announce(int signer, List<EmbeddedTransaction> transactions, int... cosigners) {
        Map<String, Map<String, String>> inForce = Map.copyOf(config);
        List<RecordingRegistrar> plugins = active(inForce);
        long next = height + 1;
        ContextBuilder context = context(next, inForce);
        List<Notification> notifications = publish(plugins, context, signer, transactions, cosigners);
        ValidationContext validation = context.validation();
        StatefulValidationContext stateful = context.stateful();
        ObserverContext observing = context.mode(NotifyMode.COMMIT).observer();
        Map<String, Map<String, String>> before = state.snapshot();
        ResultCode stateless = checkStateless(plugins, notifications, validation);
        if (!stateless.isSuccess()) {
            return stateless;
        }
        for (int i = 0; i < notifications.size(); i++) {
            ResultCode result = checkStateful(plugins, notifications.get(i), stateful);
            if (!result.isSuccess()) {
                undo(plugins, notifications.subList(0, i), context);
                if (!before.equals(state.snapshot())) {
                    throw new AssertionError("undoing a rejected block did not restore the state");
                }
                return result;
            }
            observe(plugins, notifications.get(i), observing);
        }
        height = next;
        blocks.push(new Block(next, inForce, plugins, notifications));
        return ResultCodes.SUCCESS;
    }

    /**
     * Judges an aggregate on the current state without applying it, asking every active plugin's validators (not
     * stopping at the first failure), for tests about which plugin decides what. Observers do not run, so only
     * aggregates whose embedded transactions change no state the later rules read are judged right.
     *
     * @param signer the aggregate's signer
     * @param transactions its embedded transactions
     * @param cosigners its cosigners
     * @return each active plugin's name with the first failure its validators gave, or success
     */
    public Map<String, ResultCode> verdicts(int signer, List<EmbeddedTransaction> transactions, int... cosigners) {
        Map<String, Map<String, String>> inForce = Map.copyOf(config);
        List<RecordingRegistrar> plugins = active(inForce);
        ContextBuilder context = context(height + 1, inForce);
        List<Notification> notifications = publish(plugins, context, signer, transactions, cosigners);
        Map<String, ResultCode> verdicts = new LinkedHashMap<>();
        for (RecordingRegistrar plugin : plugins) {
            ResultCode verdict = checkStateless(List.of(plugin), notifications, context.validation());
            for (int i = 0; i < notifications.size() && verdict.isSuccess(); i++) {
                verdict = checkStateful(List.of(plugin), notifications.get(i), context.stateful());
            }
            verdicts.put(nameOf(plugin), verdict);
        }
        return verdicts;
    }

    /**
     * Undoes the last block with the plugins and config that were in force at its height.
     *
     * @throws MissingPluginException if a plugin active at that height is not installed any more
     */
    public void rollback() {
        Block block = blocks.peek();
        if (block == null) {
            throw new IllegalStateException("no block to roll back");
        }
        List<RecordingRegistrar> plugins = active(block.config());
        undo(plugins, block.notifications(), context(block.height(), block.config()));
        blocks.pop();
        height = block.height() - 1;
    }

    private List<RecordingRegistrar> active(Map<String, Map<String, String>> inForce) {
        Set<String> missing = new TreeSet<>();
        List<RecordingRegistrar> plugins = new ArrayList<>();
        inForce.forEach((name, section) -> {
            if (!"false".equalsIgnoreCase(section.get("enabled"))) {
                RecordingRegistrar plugin = installed.get(name);
                if (plugin == null) {
                    missing.add(name);
                } else {
                    plugins.add(plugin);
                }
            }
        });
        if (!missing.isEmpty()) {
            throw new MissingPluginException(missing);
        }
        return plugins;
    }

    private String nameOf(RecordingRegistrar plugin) {
        return installed.entrySet().stream().filter(e -> e.getValue() == plugin).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    private ContextBuilder context(long at, Map<String, Map<String, String>> inForce) {
        ContextBuilder context = ContextBuilder.context().height(at).state(state);
        // each section is given raw; whoever reads it (its plugin or another) parses it with its own parser
        inForce.forEach((name, section) -> context.config(ConfigSection.of(name, (ConfigProperties p) -> p), section));
        return context;
    }

    private List<Notification> publish(List<RecordingRegistrar> plugins, ContextBuilder context, int signer,
            List<EmbeddedTransaction> transactions, int... cosigners) {
        TransactionDescriptor<AggregateTransactionBody> aggregate = aggregateDescriptor(plugins);
        Hash256 hash = Hash256.of(filled((byte) (height + 1)));
        List<Cosignature> cosignatures = new ArrayList<>();
        for (int cosigner : cosigners) {
            cosignatures.add(new Cosignature(DerivationScheme.UNSET, Fixtures.key(cosigner),
                    Signature.of(new byte[Signature.SIZE])));
        }
        List<Notification> notifications = new ArrayList<>();
        notifications.add(new TransactionNotification(Fixtures.key(signer), hash, aggregate.type(), new Timestamp(0)));
        aggregate.handler().publish(new AggregateTransactionBody(transactions, cosignatures),
                context.signer(Fixtures.key(signer)).type(aggregate.type()).version(aggregate.maxVersion()).hash(hash)
                        .embeddable(plugins.stream().flatMap(r -> r.transactions().stream())
                                .filter(TransactionDescriptor::embeddable).toArray(TransactionDescriptor[]::new))
                        .transaction(),
                notifications::add);
        return notifications;
    }

    @SuppressWarnings("unchecked")
    private static TransactionDescriptor<AggregateTransactionBody> aggregateDescriptor(List<RecordingRegistrar> plugins) {
        return (TransactionDescriptor<AggregateTransactionBody>) plugins.stream()
                .flatMap(r -> r.transactions().stream())
                .filter(d -> d.type().equals(AggregateTypes.AGGREGATE_COMPLETE))
                .findFirst().orElseThrow(() -> new IllegalStateException("the aggregate plugin is not active"));
    }

    /** A validator of either kind, as a check of one notification type. */
    private record Rule(Class<?> type, BiFunction<Notification, ValidationContext, ResultCode> check) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Rule> statelessRules(List<RecordingRegistrar> plugins) {
        List<Rule> rules = new ArrayList<>();
        plugins.forEach(p -> p.statelessValidators().forEach(v -> rules.add(new Rule(v.notificationType(),
                (n, c) -> ((StatelessValidator) v).validate(n, c)))));
        return rules;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Rule> statefulRules(List<RecordingRegistrar> plugins) {
        List<Rule> rules = new ArrayList<>();
        plugins.forEach(p -> p.statefulValidators().forEach(v -> rules.add(new Rule(v.notificationType(),
                (n, c) -> ((StatefulValidator) v).validate(n, (StatefulValidationContext) c)))));
        return rules;
    }

    private static ResultCode firstFailure(List<Rule> rules, Notification notification, ValidationContext context) {
        for (Rule rule : rules) {
            if (rule.type().isInstance(notification)) {
                ResultCode result = rule.check().apply(notification, context);
                if (!result.isSuccess()) {
                    return result;
                }
            }
        }
        return ResultCodes.SUCCESS;
    }

    /** The kernel runs the stateless rules over all of a transaction's notifications first. */
    private static ResultCode checkStateless(List<RecordingRegistrar> plugins, List<Notification> notifications,
            ValidationContext context) {
        List<Rule> rules = statelessRules(plugins);
        for (Notification notification : notifications) {
            ResultCode result = firstFailure(rules, notification, context);
            if (!result.isSuccess()) {
                return result;
            }
        }
        return ResultCodes.SUCCESS;
    }

    private static ResultCode checkStateful(List<RecordingRegistrar> plugins, Notification notification,
            StatefulValidationContext context) {
        return firstFailure(statefulRules(plugins), notification, context);
    }

    /** @return the plugins' observers in commit order: plugin by plugin, each plugin's in its order */
    private static List<Observer<?>> observers(List<RecordingRegistrar> plugins) {
        List<Observer<?>> observers = new ArrayList<>();
        plugins.forEach(p -> observers.addAll(p.observers()));
        return observers;
    }

    private static void observe(List<RecordingRegistrar> plugins, Notification notification, ObserverContext context) {
        observers(plugins).forEach(o -> notifyOne(o, notification, context));
    }

    /** Undoes notifications: the last first, each one's observers in reverse order. */
    private static void undo(List<RecordingRegistrar> plugins, List<Notification> notifications, ContextBuilder context) {
        ObserverContext observing = context.mode(NotifyMode.ROLLBACK).observer();
        List<Observer<?>> reversed = observers(plugins);
        Collections.reverse(reversed);
        for (int i = notifications.size() - 1; i >= 0; i--) {
            Notification notification = notifications.get(i);
            reversed.forEach(o -> notifyOne(o, notification, observing));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void notifyOne(Observer o, Notification notification, ObserverContext context) {
        if (o.notificationType().isInstance(notification)) {
            o.notify(notification, context);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> byte[] encode(TransactionDescriptor<T> descriptor, Object body) {
        BinaryWriter out = new BinaryWriter();
        descriptor.codec().encode((T) Objects.requireNonNull(body, "body"), out, descriptor.maxVersion());
        return out.toByteArray();
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[Hash256.SIZE];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
