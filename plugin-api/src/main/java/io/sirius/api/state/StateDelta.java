package io.sirius.api.state;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Write access to every cache while a block is applied or rolled back.
 */
@ProviderType
public interface StateDelta extends StateView {

    @Override
    <K, V> CacheDelta<K, V> cache(CacheDescriptor<K, V> cache);

    /**
     * @param index an index the plugin declared ({@link io.sirius.api.plugin.PluginRegistrar#index})
     * @return the index's delta
     * @since 1.1
     */
    @Override
    IndexDelta index(IndexDescriptor index);
}
