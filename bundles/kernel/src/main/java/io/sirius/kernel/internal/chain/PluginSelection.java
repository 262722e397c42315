package io.sirius.kernel.internal.chain;

import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.internal.PluginDeclaration;
import io.sirius.kernel.internal.PluginSource;
import io.sirius.kernel.internal.pipeline.ActivePlugins;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Picks, for a network config, the core system and the accepted plugins the config enables. Decision: the plugins
 * are ordered by name, not by the order their bundles happened to start, so that the validators and observers of a
 * notification run in the same order on every node. Remembers the last selection until the plugins or the config
 * change.
 */
public final class PluginSelection implements PluginSelector {
    private final PluginDeclaration core;
    private final PluginSource source;
    private final AtomicLong version = new AtomicLong();
    private volatile Cached cached;

    private record Cached(long version, NetworkConfiguration config, ActivePlugins plugins) {
    }

    /**
     * @param core the core system
     * @param source the registry's accepted plugins
     */
    public PluginSelection(PluginDeclaration core, PluginSource source) {
        this.core = core;
        this.source = source;
    }

    /** Forgets the remembered selection; the registry calls this when plugins come or go. */
    public void pluginsChanged() {
        version.incrementAndGet();
    }

    @Override
    public ActivePlugins select(NetworkConfiguration config, long height) throws MissingPluginsException {
        Cached last = cached;
        long current = version.get();
        if (last != null && last.version() == current && last.config() == config) {
            return last.plugins();
        }
        Set<String> enabled = config.enabledPlugins();
        List<PluginDeclaration> accepted = source.accepted();
        Set<String> missing = new TreeSet<>(enabled);
        List<PluginDeclaration> active = new ArrayList<>();
        active.add(core);
        List<PluginDeclaration> byName = new ArrayList<>(accepted);
        byName.sort(java.util.Comparator.comparing(PluginDeclaration::name));
        for (PluginDeclaration d : byName) {
            if (enabled.contains(d.name())) {
                active.add(d);
                missing.remove(d.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingPluginsException(missing, height);
        }
        ActivePlugins plugins = new ActivePlugins(active);
        cached = new Cached(current, config, plugins);
        return plugins;
    }
}
