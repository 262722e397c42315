package io.sirius.kernel.internal;

import io.sirius.api.plugin.TransactionPlugin;

/**
 * A plugin's declaration as the registry collects it, for tests outside this package.
 */
public final class Declarations {

    private Declarations() {
    }

    /**
     * @param plugin a plugin
     * @return what it registers, sealed
     */
    public static PluginDeclaration of(TransactionPlugin plugin) {
        CollectingRegistrar registrar = new CollectingRegistrar(plugin.name());
        plugin.register(registrar);
        return registrar.seal();
    }
}
