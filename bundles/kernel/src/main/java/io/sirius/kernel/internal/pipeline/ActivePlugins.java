package io.sirius.kernel.internal.pipeline;

import io.sirius.api.config.ConfigSection;
import io.sirius.api.notification.Notification;
import io.sirius.api.observer.Observer;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.resolver.AddressResolver;
import io.sirius.api.resolver.MosaicResolver;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.kernel.internal.PluginDeclaration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that processes transactions at one height: the kernel's core system and the plugins the network
 * config enables there, indexed for dispatch. Immutable; built when the active set changes.
 *
 * <p>Validators and observers of a notification type run in declaration order, core first; in rollback,
 * observers run in reverse.
 */
public final class ActivePlugins {
    private final List<PluginDeclaration> declarations;
    private final Map<Integer, TransactionDescriptor<?>> transactions = new HashMap<>();
    private final Map<Class<?>, List<StatelessValidator<?>>> stateless = new HashMap<>();
    private final Map<Class<?>, List<StatefulValidator<?>>> stateful = new HashMap<>();
    private final Map<Class<?>, List<Observer<?>>> observers = new HashMap<>();
    private final Map<Class<?>, List<NotificationDerivation<?>>> derivations = new HashMap<>();
    private final List<MosaicResolver> mosaicResolvers = new ArrayList<>();
    private final List<AddressResolver> addressResolvers = new ArrayList<>();
    private final List<CacheDescriptor<?, ?>> caches = new ArrayList<>();
    private final Map<String, ConfigSection<?>> configSections = new HashMap<>();

    /**
     * @param declarations the core system first, then the enabled plugins
     */
    public ActivePlugins(List<PluginDeclaration> declarations) {
        this.declarations = List.copyOf(declarations);
        for (PluginDeclaration d : declarations) {
            d.transactions().forEach(t -> transactions.put(t.type().value(), t));
            d.statelessValidators().forEach(v -> stateless.computeIfAbsent(v.notificationType(), k -> new ArrayList<>()).add(v));
            d.statefulValidators().forEach(v -> stateful.computeIfAbsent(v.notificationType(), k -> new ArrayList<>()).add(v));
            d.observers().forEach(o -> observers.computeIfAbsent(o.notificationType(), k -> new ArrayList<>()).add(o));
            d.derivations().forEach(v -> derivations.computeIfAbsent(v.notificationType(), k -> new ArrayList<>()).add(v));
            mosaicResolvers.addAll(d.mosaicResolvers());
            addressResolvers.addAll(d.addressResolvers());
            caches.addAll(d.caches());
            d.configSections().forEach(s -> configSections.put(s.pluginName(), s));
        }
        caches.sort(Comparator.comparingInt(CacheDescriptor::cacheId));
    }

    /** @return the declarations, core first */
    public List<PluginDeclaration> declarations() {
        return declarations;
    }

    /**
     * @param type an entity type value
     * @return the transaction type's descriptor, or null if no active plugin handles it
     */
    public TransactionDescriptor<?> transaction(int type) {
        return transactions.get(type);
    }

    /**
     * @param notification a notification
     * @return its stateless validators
     */
    public List<StatelessValidator<?>> statelessFor(Notification notification) {
        return stateless.getOrDefault(notification.getClass(), List.of());
    }

    /**
     * @param notification a notification
     * @return its stateful validators
     */
    public List<StatefulValidator<?>> statefulFor(Notification notification) {
        return stateful.getOrDefault(notification.getClass(), List.of());
    }

    /**
     * @param notification a notification
     * @return its observers, in commit order
     */
    public List<Observer<?>> observersFor(Notification notification) {
        return observers.getOrDefault(notification.getClass(), List.of());
    }

    /**
     * @param notification a notification
     * @return the derivations from it, in plugin order
     */
    public List<NotificationDerivation<?>> derivationsFor(Notification notification) {
        return derivations.getOrDefault(notification.getClass(), List.of());
    }

    /** @return the mosaic alias resolvers */
    public List<MosaicResolver> mosaicResolvers() {
        return Collections.unmodifiableList(mosaicResolvers);
    }

    /** @return the address alias resolvers */
    public List<AddressResolver> addressResolvers() {
        return Collections.unmodifiableList(addressResolvers);
    }

    /** @return the plugins' caches in CacheId order (the core's own caches are added by the kernel) */
    public List<CacheDescriptor<?, ?>> caches() {
        return Collections.unmodifiableList(caches);
    }

    /**
     * @param pluginName a plugin's name
     * @return its config section declaration, or null
     */
    public ConfigSection<?> configSection(String pluginName) {
        return configSections.get(pluginName);
    }
}
