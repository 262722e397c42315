package io.sirius.benchmarks.pipeline;

import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.EntityType;
import io.sirius.api.observer.Observer;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.api.resolver.AddressResolver;
import io.sirius.api.resolver.MosaicResolver;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.TransactionJson;
import io.sirius.api.result.ResultCode;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.kernel.internal.PluginDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plugin registers, collected into the kernel's {@link PluginDeclaration} as the registry does in a node (the
 * kernel's own registrar is package-private; this one keeps registration order and checks nothing, since the
 * benchmark only runs plugins the registry accepts).
 */
final class PluginDeclarations {
    private PluginDeclarations() {
    }

    /**
     * @param plugin a plugin
     * @return its declaration
     */
    static PluginDeclaration of(TransactionPlugin plugin) {
        Collecting registrar = new Collecting();
        plugin.register(registrar);
        return new PluginDeclaration(plugin.name(), registrar.configSections, registrar.transactions, registrar.results,
                registrar.statelessValidators, registrar.statefulValidators, registrar.observers, registrar.caches,
                registrar.routes, registrar.mosaicResolvers, registrar.addressResolvers, registrar.transactionJson,
                registrar.derivations);
    }

    /** Keeps every declaration in order. */
    private static final class Collecting implements PluginRegistrar {
        final List<ConfigSection<?>> configSections = new ArrayList<>();
        final List<TransactionDescriptor<?>> transactions = new ArrayList<>();
        final List<ResultCode> results = new ArrayList<>();
        final List<StatelessValidator<?>> statelessValidators = new ArrayList<>();
        final List<StatefulValidator<?>> statefulValidators = new ArrayList<>();
        final List<Observer<?>> observers = new ArrayList<>();
        final List<CacheDescriptor<?, ?>> caches = new ArrayList<>();
        final List<RouteDescriptor> routes = new ArrayList<>();
        final List<MosaicResolver> mosaicResolvers = new ArrayList<>();
        final List<AddressResolver> addressResolvers = new ArrayList<>();
        final List<NotificationDerivation<?>> derivations = new ArrayList<>();
        final Map<Integer, TransactionJson<?>> transactionJson = new HashMap<>();

        @Override
        public void config(ConfigSection<?> section) {
            configSections.add(section);
        }

        @Override
        public void transaction(TransactionDescriptor<?> transaction) {
            transactions.add(transaction);
        }

        @Override
        public void results(ResultCode... codes) {
            results.addAll(List.of(codes));
        }

        @Override
        public void statelessValidator(StatelessValidator<?> validator) {
            statelessValidators.add(validator);
        }

        @Override
        public void statefulValidator(StatefulValidator<?> validator) {
            statefulValidators.add(validator);
        }

        @Override
        public void observer(Observer<?> observer) {
            observers.add(observer);
        }

        @Override
        public void cache(CacheDescriptor<?, ?> cache) {
            caches.add(cache);
        }

        @Override
        public void route(RouteDescriptor route) {
            routes.add(route);
        }

        @Override
        public void transactionJson(EntityType type, TransactionJson<?> writer) {
            transactionJson.put(type.value(), writer);
        }

        @Override
        public void mosaicResolver(MosaicResolver resolver) {
            mosaicResolvers.add(resolver);
        }

        @Override
        public void derivation(NotificationDerivation<?> derivation) {
            derivations.add(derivation);
        }

        @Override
        public void addressResolver(AddressResolver resolver) {
            addressResolvers.add(resolver);
        }
    }
}
