package io.sirius.kernel.internal;

import io.sirius.api.config.ConfigSection;
import io.sirius.api.observer.Observer;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.resolver.AddressResolver;
import io.sirius.api.resolver.MosaicResolver;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.TransactionJson;
import io.sirius.api.result.ResultCode;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything one plugin registered, in registration order. Immutable.
 */
public record PluginDeclaration(
        String name,
        List<ConfigSection<?>> configSections,
        List<TransactionDescriptor<?>> transactions,
        List<ResultCode> results,
        List<StatelessValidator<?>> statelessValidators,
        List<StatefulValidator<?>> statefulValidators,
        List<Observer<?>> observers,
        List<CacheDescriptor<?, ?>> caches,
        List<RouteDescriptor> routes,
        List<MosaicResolver> mosaicResolvers,
        List<AddressResolver> addressResolvers,
        Map<Integer, TransactionJson<?>> transactionJson,
        List<NotificationDerivation<?>> derivations,
        List<IndexDescriptor> indexes) {

    /** Freezes the lists. */
    public PluginDeclaration {
        configSections = List.copyOf(configSections);
        transactions = List.copyOf(transactions);
        results = List.copyOf(results);
        statelessValidators = List.copyOf(statelessValidators);
        statefulValidators = List.copyOf(statefulValidators);
        observers = List.copyOf(observers);
        caches = List.copyOf(caches);
        routes = List.copyOf(routes);
        mosaicResolvers = List.copyOf(mosaicResolvers);
        addressResolvers = List.copyOf(addressResolvers);
        transactionJson = Map.copyOf(transactionJson);
        derivations = List.copyOf(derivations);
        indexes = List.copyOf(indexes);
    }

    /** A declaration without indexes (plugins that keep none). */
    public PluginDeclaration(String name, List<ConfigSection<?>> configSections, List<TransactionDescriptor<?>> transactions,
            List<ResultCode> results, List<StatelessValidator<?>> statelessValidators,
            List<StatefulValidator<?>> statefulValidators, List<Observer<?>> observers, List<CacheDescriptor<?, ?>> caches,
            List<RouteDescriptor> routes, List<MosaicResolver> mosaicResolvers, List<AddressResolver> addressResolvers,
            Map<Integer, TransactionJson<?>> transactionJson, List<NotificationDerivation<?>> derivations) {
        this(name, configSections, transactions, results, statelessValidators, statefulValidators, observers, caches, routes,
                mosaicResolvers, addressResolvers, transactionJson, derivations, List.of());
    }

    /** A declaration without notification derivations (the form before plugin-api 1.1). */
    public PluginDeclaration(String name, List<ConfigSection<?>> configSections, List<TransactionDescriptor<?>> transactions,
            List<ResultCode> results, List<StatelessValidator<?>> statelessValidators,
            List<StatefulValidator<?>> statefulValidators, List<Observer<?>> observers, List<CacheDescriptor<?, ?>> caches,
            List<RouteDescriptor> routes, List<MosaicResolver> mosaicResolvers, List<AddressResolver> addressResolvers,
            Map<Integer, TransactionJson<?>> transactionJson) {
        this(name, configSections, transactions, results, statelessValidators, statefulValidators, observers, caches, routes,
                mosaicResolvers, addressResolvers, transactionJson, List.of());
    }

    /**
     * @param name the plugin's name
     * @return a declaration of nothing, for a plugin whose registration failed
     */
    public static PluginDeclaration empty(String name) {
        return new PluginDeclaration(name, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of(), List.of(), List.of());
    }

    /** @return the result facilities the plugin owns, sorted */
    public Set<Integer> facilities() {
        Set<Integer> facilities = new TreeSet<>();
        for (ResultCode code : results) {
            facilities.add(code.facility());
        }
        return facilities;
    }
}
