package io.sirius.plugin.testkit;

import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.EntityType;
import io.sirius.api.observer.Observer;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.plugin.PluginRegistrar;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A {@link PluginRegistrar} for registration tests: it records, in order, everything a plugin registers, both
 * as the objects themselves and as the names a registration listing shows, so a test can assert a plugin's
 * declared transaction types, validators, observers, caches, routes and result codes in one place
 * (Catapult's {@code TransferPluginTests}).
 *
 * <p>Unlike the kernel's registrar it checks nothing beyond nulls: a test should see what the plugin did, not
 * an exception. Not thread safe.
 */
public final class RecordingRegistrar implements PluginRegistrar {
    private final List<ConfigSection<?>> configs = new ArrayList<>();
    private final List<TransactionDescriptor<?>> transactions = new ArrayList<>();
    private final List<ResultCode> results = new ArrayList<>();
    private final List<StatelessValidator<?>> statelessValidators = new ArrayList<>();
    private final List<StatefulValidator<?>> statefulValidators = new ArrayList<>();
    private final List<Observer<?>> observers = new ArrayList<>();
    private final List<CacheDescriptor<?, ?>> caches = new ArrayList<>();
    private final List<IndexDescriptor> indexes = new ArrayList<>();
    private final List<RouteDescriptor> routes = new ArrayList<>();
    private final List<MosaicResolver> mosaicResolvers = new ArrayList<>();
    private final List<AddressResolver> addressResolvers = new ArrayList<>();
    private final Map<EntityType, TransactionJson<?>> transactionJson = new LinkedHashMap<>();
    private final List<NotificationDerivation<?>> derivations = new ArrayList<>();

    @Override
    public void config(ConfigSection<?> section) {
        configs.add(Objects.requireNonNull(section, "section"));
    }

    @Override
    public void transaction(TransactionDescriptor<?> transaction) {
        transactions.add(Objects.requireNonNull(transaction, "transaction"));
    }

    @Override
    public void results(ResultCode... codes) {
        for (ResultCode code : codes) {
            results.add(Objects.requireNonNull(code, "result code"));
        }
    }

    @Override
    public void statelessValidator(StatelessValidator<?> validator) {
        statelessValidators.add(Objects.requireNonNull(validator, "validator"));
    }

    @Override
    public void statefulValidator(StatefulValidator<?> validator) {
        statefulValidators.add(Objects.requireNonNull(validator, "validator"));
    }

    @Override
    public void observer(Observer<?> observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    @Override
    public void cache(CacheDescriptor<?, ?> cache) {
        caches.add(Objects.requireNonNull(cache, "cache"));
    }

    @Override
    public void index(IndexDescriptor index) {
        indexes.add(Objects.requireNonNull(index, "index"));
    }

    @Override
    public void route(RouteDescriptor route) {
        routes.add(Objects.requireNonNull(route, "route"));
    }

    @Override
    public void transactionJson(EntityType type, TransactionJson<?> writer) {
        transactionJson.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(writer, "writer"));
    }

    @Override
    public void mosaicResolver(MosaicResolver resolver) {
        mosaicResolvers.add(Objects.requireNonNull(resolver, "resolver"));
    }

    @Override
    public void addressResolver(AddressResolver resolver) {
        addressResolvers.add(Objects.requireNonNull(resolver, "resolver"));
    }

    // names, as a registration listing shows them

    /** @return the config section headers, e.g. {@code plugin:catapult.plugins.transfer} */
    public List<String> configNames() {
        return configs.stream().map(ConfigSection::sectionName).toList();
    }

    /** @return each transaction type as {@code Name 0xTYPE vMIN..MAX}, e.g. {@code Transfer 0x4154 v3..3} */
    public List<String> transactionNames() {
        return transactions.stream()
                .map(t -> t.name() + " " + t.type() + " v" + t.minVersion() + ".." + t.maxVersion())
                .toList();
    }

    /** @return the result codes' status names, e.g. {@code Failure_Transfer_Message_Too_Large} */
    public List<String> resultNames() {
        return results.stream().map(ResultCode::statusName).toList();
    }

    /** @return the result codes' uint32 values */
    public List<Integer> resultValues() {
        return results.stream().map(ResultCode::value).toList();
    }

    /** @return the stateless validators' names */
    public List<String> statelessValidatorNames() {
        return statelessValidators.stream().map(StatelessValidator::name).toList();
    }

    /** @return the stateful validators' names */
    public List<String> statefulValidatorNames() {
        return statefulValidators.stream().map(StatefulValidator::name).toList();
    }

    /** @return the observers' names */
    public List<String> observerNames() {
        return observers.stream().map(Observer::name).toList();
    }

    /** @return the caches as {@code name #cacheId}, e.g. {@code mosaic #6} */
    public List<String> cacheNames() {
        return caches.stream().map(c -> c.name() + " #" + c.cacheId()).toList();
    }

    /** @return the declared indexes' names, in registration order */
    public List<String> indexNames() {
        return indexes.stream().map(IndexDescriptor::name).toList();
    }

    /** @return the routes as {@code METHOD path}, e.g. {@code GET /mosaic/{mosaicId}} */
    public List<String> routeNames() {
        return routes.stream().map(r -> r.method() + " " + r.path()).toList();
    }

    // the objects, for tests that exercise what was registered

    /** @return the config sections, in registration order */
    public List<ConfigSection<?>> configs() {
        return Collections.unmodifiableList(configs);
    }

    /** @return the transaction descriptors, in registration order */
    public List<TransactionDescriptor<?>> transactions() {
        return Collections.unmodifiableList(transactions);
    }

    /** @return the result codes, in registration order */
    public List<ResultCode> results() {
        return Collections.unmodifiableList(results);
    }

    /** @return the stateless validators, in registration order */
    public List<StatelessValidator<?>> statelessValidators() {
        return Collections.unmodifiableList(statelessValidators);
    }

    /** @return the stateful validators, in registration order */
    public List<StatefulValidator<?>> statefulValidators() {
        return Collections.unmodifiableList(statefulValidators);
    }

    /** @return the observers, in registration order */
    public List<Observer<?>> observers() {
        return Collections.unmodifiableList(observers);
    }

    /** @return the caches, in registration order */
    public List<CacheDescriptor<?, ?>> caches() {
        return Collections.unmodifiableList(caches);
    }

    /** @return the routes, in registration order */
    public List<RouteDescriptor> routes() {
        return Collections.unmodifiableList(routes);
    }

    /** @return the mosaic resolvers, in registration order */
    public List<MosaicResolver> mosaicResolvers() {
        return Collections.unmodifiableList(mosaicResolvers);
    }

    /** @return the transaction JSON writers by type */
    public Map<EntityType, TransactionJson<?>> transactionJson() {
        return Collections.unmodifiableMap(transactionJson);
    }

    @Override
    public void derivation(NotificationDerivation<?> derivation) {
        derivations.add(Objects.requireNonNull(derivation, "derivation"));
    }

    /** @return the notification derivations, in registration order */
    public List<NotificationDerivation<?>> derivations() {
        return Collections.unmodifiableList(derivations);
    }

    /** @return the derivations' names, in registration order */
    public List<String> derivationNames() {
        return derivations.stream().map(NotificationDerivation::name).toList();
    }

    /** @return the address resolvers, in registration order */
    public List<AddressResolver> addressResolvers() {
        return Collections.unmodifiableList(addressResolvers);
    }

    /**
     * @param method the HTTP method
     * @param path the route's path as registered, e.g. {@code /upgrade/{height}}
     * @return the route
     * @throws NoSuchElementException naming the routes that were registered
     */
    public RouteDescriptor route(String method, String path) {
        return routes.stream()
                .filter(r -> r.method().equalsIgnoreCase(method) && r.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no route " + method + " " + path + "; registered: "
                        + routeNames()));
    }

    /**
     * @return everything registered that is neither a config section, a transaction, a result code, a validator
     *     nor an observer, as {@code cache <name>}, {@code route <METHOD path>}, {@code mosaic resolver} and
     *     {@code address resolver}: empty for a plain transaction family
     */
    public List<String> otherNames() {
        List<String> other = new ArrayList<>();
        caches.forEach(c -> other.add("cache " + c.name()));
        routes.forEach(r -> other.add("route " + r.method() + " " + r.path()));
        mosaicResolvers.forEach(r -> other.add("mosaic resolver"));
        addressResolvers.forEach(r -> other.add("address resolver"));
        return other;
    }

    @Override
    public String toString() {
        return "RecordingRegistrar" + Arrays.asList(configNames(), transactionNames(), resultNames(),
                statelessValidatorNames(), statefulValidatorNames(), observerNames(), otherNames());
    }
}
