package io.sirius.benchmarks.pipeline;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.kernel.internal.PluginDeclaration;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * What a plugin registers, collected into the kernel's {@link PluginDeclaration} by the kernel's own registrar, as
 * the registry does in a node. The registrar is package-private in the kernel, so it is reached by reflection: the
 * benchmark then follows whatever the kernel's registration collects, with its checks.
 */
final class PluginDeclarations {
    private PluginDeclarations() {
    }

    /**
     * @param plugin a plugin
     * @return its declaration
     */
    static PluginDeclaration of(TransactionPlugin plugin) {
        try {
            Class<?> type = Class.forName("io.sirius.kernel.internal.CollectingRegistrar");
            Constructor<?> constructor = type.getDeclaredConstructor(String.class);
            constructor.setAccessible(true);
            Object registrar = constructor.newInstance(plugin.name());
            plugin.register((PluginRegistrar) registrar);
            Method seal = type.getDeclaredMethod("seal");
            seal.setAccessible(true);
            return (PluginDeclaration) seal.invoke(registrar);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot collect " + plugin.name() + "'s declaration with the kernel's registrar",
                    e);
        }
    }
}
