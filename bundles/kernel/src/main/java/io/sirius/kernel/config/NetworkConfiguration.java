package io.sirius.kernel.config;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.PublicKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One network configuration: what the kernel reads from it, the raw plugin sections (each plugin parses its
 * own), the supported entities, and the exact texts it came from (stored on chain and served by REST).
 *
 * @param networkPublicKey the {@code [network] publicKey}: the only signer of NetworkConfig and upgrade
 *     transactions
 * @param chain the {@code [chain]} settings
 * @param chainProperties the {@code [chain]} section as written, for plugins to read
 * @param pluginSections each plugin's section, by plugin name ({@code transfer} for
 *     {@code [plugin:catapult.plugins.transfer]})
 * @param supportedEntities the accepted entity versions
 * @param text the properties text
 * @param supportedEntitiesJson the supported-entities text
 */
public record NetworkConfiguration(PublicKey networkPublicKey, ChainSettings chain, ConfigProperties chainProperties,
        Map<String, ConfigProperties> pluginSections, SupportedEntities supportedEntities, String text,
        String supportedEntitiesJson) {
    private static final String PLUGIN_PREFIX = "plugin:catapult.plugins.";

    /** Freezes the sections. */
    public NetworkConfiguration {
        pluginSections = Collections.unmodifiableMap(new LinkedHashMap<>(pluginSections));
    }

    /**
     * @param text the config-network properties
     * @param supportedEntitiesJson the supported-entities JSON
     * @return the configuration
     * @throws ConfigException naming the section, key or line at fault
     */
    public static NetworkConfiguration parse(String text, String supportedEntitiesJson) {
        Map<String, Map<String, String>> sections = IniFile.parse(text);
        Map<String, String> network = sections.get("network");
        if (network == null || !network.containsKey("publicKey")) {
            throw new ConfigException("[network] publicKey is missing");
        }
        PublicKey publicKey;
        try {
            publicKey = PublicKey.fromHex(network.get("publicKey"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("[network] publicKey: " + e.getMessage());
        }
        Map<String, String> chain = sections.get("chain");
        if (chain == null) {
            throw new ConfigException("the [chain] section is missing");
        }
        Map<String, ConfigProperties> plugins = new LinkedHashMap<>();
        sections.forEach((name, keys) -> {
            if (name.startsWith(PLUGIN_PREFIX)) {
                String enabled = keys.get("enabled");
                if (enabled != null && !enabled.equalsIgnoreCase("true") && !enabled.equalsIgnoreCase("false")) {
                    throw new ConfigException("[" + name + "] enabled = '" + enabled + "' is not true or false");
                }
                plugins.put(name.substring(PLUGIN_PREFIX.length()), new ConfigProperties(name, keys));
            }
        });
        ConfigProperties chainProperties = new ConfigProperties("chain", chain);
        return new NetworkConfiguration(publicKey, ChainSettings.parse(chainProperties), chainProperties, plugins,
                SupportedEntities.parse(supportedEntitiesJson), text, supportedEntitiesJson);
    }

    /**
     * @return the plugins this configuration enables: those with a section whose {@code enabled} key is absent
     *     or true (parsing refuses any other value than true or false)
     */
    public Set<String> enabledPlugins() {
        Set<String> enabled = new TreeSet<>();
        pluginSections.forEach((name, section) -> {
            if (section.find("enabled").map(v -> !v.equalsIgnoreCase("false")).orElse(true)) {
                enabled.add(name);
            }
        });
        return enabled;
    }

    /**
     * Parses a plugin's section with its own parser.
     *
     * @param section the plugin's declaration
     * @param <C> its settings
     * @return the settings
     * @throws ConfigException if the section is missing or malformed
     */
    public <C> C plugin(ConfigSection<C> section) {
        ConfigProperties properties = pluginSections.get(section.pluginName());
        if (properties == null) {
            throw new ConfigException("the network config has no [" + section.sectionName() + "] section");
        }
        return section.parser().parse(properties);
    }
}
