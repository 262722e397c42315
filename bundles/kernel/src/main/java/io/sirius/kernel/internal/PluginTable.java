package io.sirius.kernel.internal;

import io.sirius.api.model.Height;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.kernel.PluginInfo;
import io.sirius.kernel.PluginState;
import io.sirius.kernel.TransactionTypeInfo;
import io.sirius.kernel.internal.RegisteredPlugin.Rejection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's bookkeeping, free of OSGi so it can be tested directly: plugins in arrival order, each
 * accepted or rejected. The first plugin to claim a type, facility, cache or route keeps it; when a plugin
 * leaves, the rejected ones are checked again in arrival order.
 */
final class PluginTable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginTable.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final Map<Long, RegisteredPlugin> plugins = new LinkedHashMap<>();

    /**
     * Registers a plugin service: calls its {@code register}, checks the declaration and records the outcome.
     *
     * @param plugin the service
     * @param serviceId its service id
     * @param origin its bundle
     * @param capabilities the plugin capabilities its bundle declares
     * @return the outcome
     */
    synchronized RegisteredPlugin add(TransactionPlugin plugin, long serviceId, PluginOrigin origin,
            List<PluginCapability> capabilities) {
        RegisteredPlugin entry = evaluate(plugin, serviceId, origin, capabilities);
        plugins.put(serviceId, entry);
        if (entry.accepted()) {
            LOG.info("Plugin '{}' from {} is available: {} transaction types, facilities {}", entry.declaration().name(),
                    origin.describe(), entry.declaration().transactions().size(), hex(entry));
        } else {
            LOG.error("Plugin rejected: {}", entry.problem().orElseThrow());
        }
        return entry;
    }

    private RegisteredPlugin evaluate(TransactionPlugin plugin, long serviceId, PluginOrigin origin,
            List<PluginCapability> capabilities) {
        String name;
        try {
            name = plugin.name();
        } catch (RuntimeException | LinkageError e) {
            return rejected(plugin, serviceId, origin, "?", "name() failed: " + e);
        }
        if (name == null || !NAME.matcher(name).matches()) {
            return rejected(plugin, serviceId, origin, String.valueOf(name),
                    "its name must be 1 to 64 lower case letters, digits or _, starting with a letter");
        }
        CollectingRegistrar registrar = new CollectingRegistrar(name);
        try {
            plugin.register(registrar);
        } catch (PluginDeclarationException e) {
            registrar.seal();
            return rejected(plugin, serviceId, origin, name, "its registration is invalid: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            registrar.seal();
            return rejected(plugin, serviceId, origin, name, "register() failed: " + e);
        }
        PluginDeclaration declaration = registrar.seal();
        RegisteredPlugin entry = new RegisteredPlugin(plugin, serviceId, origin, declaration, Optional.empty());
        Optional<String> mismatch;
        try {
            mismatch = PluginCapability.mismatch(capabilities, declaration);
        } catch (PluginDeclarationException e) {
            mismatch = Optional.of(e.getMessage());
        }
        if (mismatch.isPresent()) {
            return entry.reject(new Rejection(false, subject(name, origin) + mismatch.get()));
        }
        return ConflictCheck.find(entry, accepted()).map(clash -> entry.reject(new Rejection(true, clash))).orElse(entry);
    }

    private static RegisteredPlugin rejected(TransactionPlugin plugin, long serviceId, PluginOrigin origin, String name,
            String problem) {
        return new RegisteredPlugin(plugin, serviceId, origin, PluginDeclaration.empty(name),
                Optional.of(new Rejection(false, subject(name, origin) + problem)));
    }

    private static String subject(String name, PluginOrigin origin) {
        return "plugin '" + name + "' from " + origin.describe() + ": ";
    }

    /**
     * Forgets a plugin service and gives rejected plugins another chance.
     *
     * @param serviceId the departing service's id
     * @return the plugins accepted because it left
     */
    synchronized List<RegisteredPlugin> remove(long serviceId) {
        RegisteredPlugin gone = plugins.remove(serviceId);
        if (gone == null) {
            return List.of();
        }
        LOG.info("Plugin '{}' from {} is gone", gone.declaration().name(), gone.origin().describe());
        List<RegisteredPlugin> promoted = new ArrayList<>();
        for (Map.Entry<Long, RegisteredPlugin> e : plugins.entrySet()) {
            RegisteredPlugin candidate = e.getValue();
            // a plugin whose own declaration is broken stays rejected; only clashes can be lifted
            if (!candidate.clashes()) {
                continue;
            }
            Optional<String> conflict = ConflictCheck.find(candidate, accepted());
            if (conflict.isEmpty()) {
                RegisteredPlugin now = candidate.accept();
                e.setValue(now);
                promoted.add(now);
                LOG.info("Plugin '{}' from {} is available now that '{}' left", now.declaration().name(),
                        now.origin().describe(), gone.declaration().name());
            } else {
                e.setValue(candidate.reject(new Rejection(true, conflict.get())));
            }
        }
        return promoted;
    }

    /** @return the accepted plugins in arrival order */
    synchronized List<RegisteredPlugin> accepted() {
        return plugins.values().stream().filter(RegisteredPlugin::accepted).toList();
    }

    /**
     * @param activation tells which plugins are active
     * @return every plugin as the registry reports it, sorted by name then bundle id
     */
    synchronized List<PluginInfo> describe(ActivationSource activation) {
        return plugins.values().stream()
                .map(p -> info(p, activation))
                .sorted(Comparator.comparing(PluginInfo::name).thenComparingLong(PluginInfo::bundleId))
                .toList();
    }

    private static PluginInfo info(RegisteredPlugin plugin, ActivationSource activation) {
        PluginDeclaration d = plugin.declaration();
        List<TransactionTypeInfo> types = new ArrayList<>();
        for (TransactionDescriptor<?> t : d.transactions()) {
            types.add(new TransactionTypeInfo(t.name(), t.type(), t.minVersion(), t.maxVersion()));
        }
        PluginState state;
        Optional<Height> since = Optional.empty();
        if (!plugin.accepted()) {
            state = PluginState.REJECTED;
        } else {
            since = activation.activeSince(d.name());
            state = since.isPresent() ? PluginState.ACTIVE : PluginState.AVAILABLE;
        }
        PluginOrigin o = plugin.origin();
        return new PluginInfo(d.name(), o.symbolicName(), o.version(), o.bundleId(), types, d.facilities(), state, since,
                plugin.problem());
    }

    private static String hex(RegisteredPlugin plugin) {
        return plugin.declaration().facilities().stream().map(f -> String.format("0x%02X", f)).toList().toString();
    }
}
