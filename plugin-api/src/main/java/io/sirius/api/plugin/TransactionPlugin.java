package io.sirius.api.plugin;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A transaction family. Register an implementation as an OSGi service (one Declarative Services component
 * per bundle); the kernel picks it up, calls {@link #register} once, and from then on the family is
 * <em>available</em>. Its transaction types become <em>active</em> at the height the on-chain network config
 * enables them.
 */
@ConsumerType
public interface TransactionPlugin {

    /**
     * @return the plugin's Sirius name, e.g. {@code transfer}: its network config section is
     *     {@code [plugin:catapult.plugins.<name>]} and its Karaf feature {@code sirius-plugin-<name>}
     */
    String name();

    /**
     * Declares everything the plugin contributes. Called once, before the plugin is used; must not block.
     *
     * @param registrar collects the declarations
     */
    void register(PluginRegistrar registrar);
}
