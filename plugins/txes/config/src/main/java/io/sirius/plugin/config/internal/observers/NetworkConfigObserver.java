package io.sirius.plugin.config.internal.observers;

import io.sirius.api.model.Height;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfigEntry;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import java.nio.charset.StandardCharsets;

/**
 * Schedules a configuration: on COMMIT it puts the configuration into the kernel's NetworkConfig cache at the height
 * it takes effect at (the block's height plus ApplyHeightDelta); on ROLLBACK it removes it again. The validators
 * have made sure that height held no configuration and that both texts are UTF-8.
 */
public final class NetworkConfigObserver implements Observer<NetworkConfigNotification> {

    @Override
    public Class<NetworkConfigNotification> notificationType() {
        return NetworkConfigNotification.class;
    }

    @Override
    public void notify(NetworkConfigNotification notification, ObserverContext context) {
        Height applyHeight = new Height(context.height().value() + notification.applyHeightDelta().value());
        CacheDelta<Height, NetworkConfigEntry> cache = context.state().cache(NetworkConfigCache.DESCRIPTOR);
        if (context.mode() == NotifyMode.COMMIT) {
            cache.put(applyHeight, new NetworkConfigEntry(applyHeight,
                    new String(notification.blockChainConfig(), StandardCharsets.UTF_8),
                    new String(notification.supportedEntityVersions(), StandardCharsets.UTF_8)));
        } else {
            cache.remove(applyHeight);
        }
    }
}
