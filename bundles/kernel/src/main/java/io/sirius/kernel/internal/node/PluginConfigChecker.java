package io.sirius.kernel.internal.node;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.config.PluginConfigCheck;
import io.sirius.kernel.internal.PluginDeclaration;
import io.sirius.kernel.internal.PluginSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks a proposed network config the way a NetworkConfig transaction must be checked: no plugin section of the
 * config in force may disappear, and every plugin this node has parses its own section with its own parser.
 */
@Component(service = PluginConfigCheck.class)
public final class PluginConfigChecker implements PluginConfigCheck {
    private final PluginSource plugins;

    /**
     * @param plugins the registry's accepted plugins
     */
    @Activate
    public PluginConfigChecker(@Reference(name = "plugins") PluginSource plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    public List<String> problems(NetworkConfiguration configuration, NetworkConfiguration current) {
        List<String> problems = new ArrayList<>();
        for (String name : current.pluginSections().keySet()) {
            if (!configuration.pluginSections().containsKey(name)) {
                problems.add("the section [plugin:catapult.plugins." + name + "] of the config in force is missing; "
                        + "plugins cannot be removed, only disabled with enabled = false");
            }
        }
        for (PluginDeclaration declaration : plugins.accepted()) {
            for (ConfigSection<?> section : declaration.configSections()) {
                ConfigProperties properties = configuration.pluginSections().get(section.pluginName());
                if (properties == null) {
                    continue;
                }
                try {
                    section.parser().parse(properties);
                } catch (ConfigException e) {
                    problems.add(e.getMessage());
                } catch (RuntimeException e) {
                    problems.add("[" + section.sectionName() + "] cannot be parsed: " + e);
                }
            }
        }
        return problems;
    }
}
