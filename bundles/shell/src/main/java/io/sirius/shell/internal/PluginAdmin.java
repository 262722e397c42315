package io.sirius.shell.internal;

import io.sirius.api.SiriusException;
import io.sirius.kernel.PluginInfo;
import io.sirius.kernel.PluginRegistry;
import io.sirius.kernel.PluginState;
import io.sirius.kernel.TransactionTypeInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;

/**
 * What the {@code sirius:plugin} command does, kept apart from the shell so it can be tested with a mocked
 * FeaturesService. A plugin {@code x} ships as the root feature {@code sirius-plugin-x}; installing it makes
 * the plugin available, uninstalling it takes it away, both without a restart.
 */
final class PluginAdmin {
    /** Prefix of every plugin feature's name. */
    static final String FEATURE_PREFIX = "sirius-plugin-";

    private final FeaturesService features;
    private final PluginRegistry registry;
    private final Duration pollInterval;

    PluginAdmin(FeaturesService features, PluginRegistry registry, Duration pollInterval) {
        this.features = features;
        this.registry = registry;
        this.pollInterval = pollInterval;
    }

    /**
     * @return every plugin feature the node knows, installed or not, plus plugins registered outside features
     */
    List<PluginRow> list() throws Exception {
        Map<String, PluginRow> rows = new LinkedHashMap<>();
        Map<String, List<PluginInfo>> registered = registry.plugins().stream()
                .collect(Collectors.groupingBy(PluginInfo::name, LinkedHashMap::new, Collectors.toList()));
        for (Feature feature : pluginFeatures()) {
            String name = pluginName(feature);
            List<PluginInfo> infos = registered.remove(name);
            if (infos != null) {
                infos.forEach(info -> rows.put(name + "#" + info.bundleId(), row(info)));
            } else if (features.isInstalled(feature)) {
                rows.put(name, new PluginRow(name, feature.getVersion(), "-", "-",
                        "installed, not registered (bundle not started?)", Optional.empty()));
            } else {
                rows.put(name, new PluginRow(name, feature.getVersion(), "-", "-", "not installed", Optional.empty()));
            }
        }
        registered.values().forEach(infos -> infos.forEach(info -> rows.put(info.name() + "#" + info.bundleId(), row(info))));
        return rows.values().stream().sorted(Comparator.comparing(PluginRow::name)).toList();
    }

    private static PluginRow row(PluginInfo info) {
        String types = info.transactions().isEmpty() ? "-" : info.transactions().stream()
                .map(TransactionTypeInfo::type)
                .map(Object::toString)
                .collect(Collectors.joining(","));
        String state = switch (info.state()) {
            case ACTIVE -> "active since " + info.activeSince().map(Object::toString).orElse("?");
            case AVAILABLE -> "available";
            case REJECTED -> "rejected";
        };
        return new PluginRow(info.name(), info.bundleVersion(), info.bundleSymbolicName() + " [" + info.bundleId() + "]",
                types, state, info.problem());
    }

    /**
     * Installs a plugin's feature and waits until the kernel has registered the plugin.
     *
     * @param name the plugin's name
     * @param timeout how long to wait for the plugin to register
     * @return a sentence for the operator
     */
    String install(String name, Duration timeout) throws Exception {
        Feature feature = requireFeature(name);
        if (features.isInstalled(feature)) {
            return "Plugin " + name + " is already installed (" + describe(name) + ").";
        }
        features.installFeature(feature.getName());
        boolean registered = await(() -> registry.plugin(name).isPresent(), timeout);
        if (!registered) {
            return "Installed feature " + feature.getName() + ", but plugin " + name + " did not register within "
                    + timeout.toSeconds() + " s; check bundle:list and log:display.";
        }
        PluginInfo info = registry.plugin(name).orElseThrow();
        if (info.state() == PluginState.REJECTED) {
            throw new SiriusException("Installed feature " + feature.getName() + ", but the kernel rejected the plugin: "
                    + info.problem().orElse("no reason given"));
        }
        return "Plugin " + name + " installed: " + describe(name) + ".";
    }

    /**
     * Uninstalls a plugin's feature and waits until the plugin has left the registry.
     *
     * @param name the plugin's name
     * @param timeout how long to wait for the plugin to leave
     * @return a sentence for the operator
     */
    String uninstall(String name, Duration timeout) throws Exception {
        Feature feature = requireFeature(name);
        if (!features.isInstalled(feature)) {
            return "Plugin " + name + " is not installed.";
        }
        if (!features.isRequired(feature)) {
            String owners = Arrays.stream(features.listRequiredFeatures())
                    .filter(f -> f.getDependencies().stream().anyMatch(d -> d.getName().equals(feature.getName())))
                    .map(Feature::getName)
                    .collect(Collectors.joining(", "));
            throw new SiriusException("Plugin " + name + " was installed as part of " + (owners.isEmpty() ? "another feature" : owners)
                    + ", not on its own; uninstall that feature, then install the plugins you want one by one.");
        }
        features.uninstallFeature(feature.getName(), feature.getVersion());
        boolean gone = await(() -> registry.plugin(name).isEmpty(), timeout);
        return gone
                ? "Plugin " + name + " uninstalled."
                : "Uninstalled feature " + feature.getName() + ", but plugin " + name + " is still registered after "
                        + timeout.toSeconds() + " s.";
    }

    /** @return names of plugins whose features are not installed */
    List<String> installable() throws Exception {
        List<String> names = new ArrayList<>();
        for (Feature f : pluginFeatures()) {
            if (!features.isInstalled(f)) {
                names.add(pluginName(f));
            }
        }
        return names;
    }

    /** @return names of plugins whose features are installed */
    List<String> uninstallable() throws Exception {
        List<String> names = new ArrayList<>();
        for (Feature f : pluginFeatures()) {
            if (features.isInstalled(f)) {
                names.add(pluginName(f));
            }
        }
        return names;
    }

    private String describe(String name) {
        return registry.plugin(name).map(PluginAdmin::row)
                .map(r -> r.state() + ", bundle " + r.bundle() + ", types " + r.types())
                .orElse("not registered");
    }

    private Feature requireFeature(String name) throws Exception {
        if (name == null || name.isBlank()) {
            throw new SiriusException("Name a plugin; sirius:plugin list shows them.");
        }
        Optional<Feature> feature = pluginFeatures().stream().filter(f -> pluginName(f).equals(name)).findFirst();
        if (feature.isEmpty()) {
            String known = pluginFeatures().stream().map(PluginAdmin::pluginName).distinct().collect(Collectors.joining(", "));
            throw new SiriusException("There is no plugin '" + name + "' (no feature " + FEATURE_PREFIX + name
                    + "); known plugins: " + (known.isEmpty() ? "none" : known) + ".");
        }
        return feature.get();
    }

    /** @return the plugin features, newest version of each name */
    private List<Feature> pluginFeatures() throws Exception {
        Map<String, Feature> newest = new LinkedHashMap<>();
        for (Feature f : features.listFeatures()) {
            if (f.getName().startsWith(FEATURE_PREFIX)) {
                newest.merge(f.getName(), f, (a, b) -> features.isInstalled(a) ? a : features.isInstalled(b) ? b : a);
            }
        }
        return newest.values().stream().sorted(Comparator.comparing(Feature::getName)).toList();
    }

    private static String pluginName(Feature feature) {
        return feature.getName().substring(FEATURE_PREFIX.length());
    }

    private boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(pollInterval.toMillis());
        }
        return true;
    }
}
