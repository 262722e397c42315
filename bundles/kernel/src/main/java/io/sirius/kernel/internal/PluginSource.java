package io.sirius.kernel.internal;

import java.util.List;

/**
 * The registry as the kernel's chain sees it: the accepted plugins' declarations, and a signal when they change.
 * A kernel-internal service, provided by the registry component beside {@link io.sirius.kernel.PluginRegistry}.
 */
public interface PluginSource {

    /** @return the accepted plugins' declarations, in arrival order */
    List<PluginDeclaration> accepted();

    /**
     * @param source tells which plugins the chain has enabled, and since when
     */
    void setActivationSource(ActivationSource source);

    /**
     * @param listener run after every change of the accepted plugins
     */
    void addChangeListener(Runnable listener);

    /**
     * @param listener a listener added before
     */
    void removeChangeListener(Runnable listener);
}
