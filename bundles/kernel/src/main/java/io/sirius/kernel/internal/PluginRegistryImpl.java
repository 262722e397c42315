package io.sirius.kernel.internal;

import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.kernel.PluginInfo;
import io.sirius.kernel.PluginRegistry;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The plugin registry: a whiteboard of every {@link TransactionPlugin} service in the framework. A plugin
 * bundle that starts is registered at once; one that stops disappears, and any plugin it blocked gets
 * another chance.
 */
@Component(service = {PluginRegistry.class, PluginSource.class, io.sirius.kernel.PluginContributions.class}, immediate = true)
public final class PluginRegistryImpl implements PluginRegistry, PluginSource, io.sirius.kernel.PluginContributions {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PluginRegistryImpl.class);

    private final PluginTable table = new PluginTable();
    private final java.util.List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile ActivationSource activation = ActivationSource.NONE;

    /** Creates the registry; plugins arrive through {@link #addPlugin}. */
    public PluginRegistryImpl() {
        // the table is ready before the first plugin is bound
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPlugin(TransactionPlugin plugin, ServiceReference<TransactionPlugin> reference) {
        Bundle bundle = reference.getBundle();
        PluginOrigin origin = bundle == null
                ? new PluginOrigin("?", "?", -1)
                : new PluginOrigin(bundle.getSymbolicName(), bundle.getVersion().toString(), bundle.getBundleId());
        List<PluginCapability> capabilities;
        try {
            capabilities = bundle == null ? List.of() : PluginCapability.of(bundle);
        } catch (PluginDeclarationException e) {
            capabilities = List.of();
        }
        table.add(plugin, serviceId(reference), origin, capabilities);
        changed();
    }

    void removePlugin(TransactionPlugin plugin, ServiceReference<TransactionPlugin> reference) {
        table.remove(serviceId(reference));
        changed();
    }

    private void changed() {
        for (Runnable listener : changeListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.error("A plugin change listener failed", e);
            }
        }
    }

    @Override
    public List<PluginDeclaration> accepted() {
        return table.accepted().stream().map(RegisteredPlugin::declaration).toList();
    }

    @Override
    public List<io.sirius.api.rest.RouteDescriptor> routes() {
        return accepted().stream().flatMap(d -> d.routes().stream()).toList();
    }

    @Override
    public Optional<io.sirius.api.plugin.TransactionDescriptor<?>> transaction(io.sirius.api.model.EntityType type) {
        return accepted().stream().flatMap(d -> d.transactions().stream()).filter(t -> t.type().equals(type)).findFirst()
                .map(t -> (io.sirius.api.plugin.TransactionDescriptor<?>) t);
    }

    @Override
    public Optional<io.sirius.api.rest.TransactionJson<?>> transactionJson(io.sirius.api.model.EntityType type) {
        return accepted().stream().map(d -> d.transactionJson().get(type.value())).filter(java.util.Objects::nonNull)
                .findFirst().map(j -> (io.sirius.api.rest.TransactionJson<?>) j);
    }

    @Override
    public void setActivationSource(ActivationSource source) {
        activation = source == null ? ActivationSource.NONE : source;
    }

    @Override
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    @Override
    public List<PluginInfo> plugins() {
        return table.describe(activation);
    }

    @Override
    public Optional<PluginInfo> plugin(String name) {
        List<PluginInfo> all = plugins();
        return all.stream()
                .filter(p -> p.name().equals(name) && p.problem().isEmpty())
                .findFirst()
                .or(() -> all.stream().filter(p -> p.name().equals(name)).findFirst());
    }
}
