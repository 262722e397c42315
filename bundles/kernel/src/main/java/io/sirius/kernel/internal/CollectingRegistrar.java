package io.sirius.kernel.internal;

import io.sirius.api.config.ConfigSection;
import io.sirius.api.observer.Observer;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.resolver.AddressResolver;
import io.sirius.api.resolver.MosaicResolver;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.Severity;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The registrar handed to one plugin's {@code register} call. It checks each declaration on its own (the
 * registry checks them against other plugins) and is sealed once {@code register} returns.
 */
final class CollectingRegistrar implements PluginRegistrar {
    /** Facilities the kernel's own core system owns; no plugin may claim them. */
    static final Map<Integer, String> KERNEL_FACILITIES = Map.of(0x43, "Core");

    private final String pluginName;
    private final List<ConfigSection<?>> configSections = new ArrayList<>();
    private final List<TransactionDescriptor<?>> transactions = new ArrayList<>();
    private final List<ResultCode> results = new ArrayList<>();
    private final List<StatelessValidator<?>> statelessValidators = new ArrayList<>();
    private final List<StatefulValidator<?>> statefulValidators = new ArrayList<>();
    private final List<Observer<?>> observers = new ArrayList<>();
    private final List<CacheDescriptor<?, ?>> caches = new ArrayList<>();
    private final List<IndexDescriptor> indexes = new ArrayList<>();
    private final List<RouteDescriptor> routes = new ArrayList<>();
    private final List<MosaicResolver> mosaicResolvers = new ArrayList<>();
    private final List<NotificationDerivation<?>> derivations = new ArrayList<>();
    private final List<AddressResolver> addressResolvers = new ArrayList<>();
    private final Set<Integer> resultValues = new HashSet<>();
    private final java.util.Map<Integer, io.sirius.api.rest.TransactionJson<?>> transactionJson = new java.util.HashMap<>();
    private boolean sealed;

    CollectingRegistrar(String pluginName) {
        this.pluginName = pluginName;
    }

    private void open() {
        if (sealed) {
            throw new IllegalStateException("plugin '" + pluginName + "' declared something after register() returned");
        }
    }

    @Override
    public void config(ConfigSection<?> section) {
        open();
        Objects.requireNonNull(section, "section");
        if (!section.pluginName().equals(pluginName)) {
            throw new PluginDeclarationException("config section " + section.sectionName()
                    + " does not belong to plugin '" + pluginName + "'");
        }
        if (!configSections.isEmpty()) {
            throw new PluginDeclarationException("plugin '" + pluginName + "' declared its config section twice");
        }
        configSections.add(section);
    }

    @Override
    public void transaction(TransactionDescriptor<?> transaction) {
        open();
        Objects.requireNonNull(transaction, "transaction");
        for (TransactionDescriptor<?> known : transactions) {
            if (known.type().equals(transaction.type())) {
                throw new PluginDeclarationException("transaction type " + transaction.type() + " is declared twice, as "
                        + known.name() + " and " + transaction.name());
            }
        }
        transactions.add(transaction);
    }

    @Override
    public void results(ResultCode... codes) {
        open();
        for (ResultCode code : codes) {
            Objects.requireNonNull(code, "result code");
            if (code.severity() == Severity.SUCCESS) {
                throw new PluginDeclarationException("result " + code.statusName()
                        + " has success severity; plugins declare only failure and neutral codes");
            }
            String kernelOwner = KERNEL_FACILITIES.get(code.facility());
            if (kernelOwner != null) {
                throw new PluginDeclarationException(String.format(
                        "result %s uses facility 0x%02X, which belongs to the kernel (%s)",
                        code.statusName(), code.facility(), kernelOwner));
            }
            if (!resultValues.add(code.value())) {
                throw new PluginDeclarationException(String.format("result value 0x%08X (%s) is declared twice",
                        code.value(), code.statusName()));
            }
            results.add(code);
        }
    }

    @Override
    public void statelessValidator(StatelessValidator<?> validator) {
        open();
        Objects.requireNonNull(validator.notificationType(), validator.name() + " has no notification type");
        statelessValidators.add(validator);
    }

    @Override
    public void statefulValidator(StatefulValidator<?> validator) {
        open();
        Objects.requireNonNull(validator.notificationType(), validator.name() + " has no notification type");
        statefulValidators.add(validator);
    }

    @Override
    public void observer(Observer<?> observer) {
        open();
        Objects.requireNonNull(observer.notificationType(), observer.name() + " has no notification type");
        observers.add(observer);
    }

    @Override
    public void cache(CacheDescriptor<?, ?> cache) {
        open();
        Objects.requireNonNull(cache, "cache");
        for (CacheDescriptor<?, ?> known : caches) {
            if (known.name().equals(cache.name()) || known.cacheId() == cache.cacheId()) {
                throw new PluginDeclarationException("caches " + known.name() + " and " + cache.name()
                        + " share a name or cache id");
            }
        }
        caches.add(cache);
    }

    @Override
    public void index(IndexDescriptor index) {
        open();
        Objects.requireNonNull(index, "index");
        if (index.isCore()) {
            throw new PluginDeclarationException("index '" + index.name() + "': names starting with core_ are the kernel's");
        }
        if (indexes.contains(index)) {
            throw new PluginDeclarationException("index '" + index.name() + "' is declared twice");
        }
        indexes.add(index);
    }

    @Override
    public void route(RouteDescriptor route) {
        open();
        Objects.requireNonNull(route, "route");
        routes.add(route);
    }

    @Override
    public void transactionJson(io.sirius.api.model.EntityType type, io.sirius.api.rest.TransactionJson<?> writer) {
        open();
        Objects.requireNonNull(writer, "writer");
        if (transactions.stream().noneMatch(t -> t.type().equals(type))) {
            throw new PluginDeclarationException("a JSON writer for " + type + ", which plugin '" + pluginName
                    + "' does not declare (declare the transaction type first)");
        }
        if (transactionJson.put(type.value(), writer) != null) {
            throw new PluginDeclarationException("two JSON writers for " + type);
        }
    }

    @Override
    public void mosaicResolver(MosaicResolver resolver) {
        open();
        mosaicResolvers.add(Objects.requireNonNull(resolver, "resolver"));
    }

    @Override
    public void derivation(NotificationDerivation<?> derivation) {
        open();
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(derivation.notificationType(), "derivation.notificationType()");
        derivations.add(derivation);
    }

    @Override
    public void addressResolver(AddressResolver resolver) {
        open();
        addressResolvers.add(Objects.requireNonNull(resolver, "resolver"));
    }

    /**
     * Seals the registrar and returns what was declared.
     *
     * @return the declaration
     */
    PluginDeclaration seal() {
        sealed = true;
        return new PluginDeclaration(pluginName, configSections, transactions, results, statelessValidators,
                statefulValidators, observers, caches, routes, mosaicResolvers, addressResolvers, transactionJson, derivations,
                indexes);
    }
}
