package io.sirius.plugin.mosaic.internal.observers;

import io.sirius.api.model.MosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.plugin.mosaic.internal.state.MosaicIndexes;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeDirection;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;
import java.util.Optional;

/**
 * Changes a mosaic's supply by the delta: up for an increase in commit or a decrease in rollback, down otherwise. The
 * owner's balance is not touched here: the core credit or debit that follows the notification moves it. The entry's
 * rows in the plugin's indexes ({@link MosaicIndexes}) are replaced with the new entry's.
 */
public final class MosaicSupplyChangeObserver implements Observer<MosaicSupplyChangeNotification> {

    @Override
    public Class<MosaicSupplyChangeNotification> notificationType() {
        return MosaicSupplyChangeNotification.class;
    }

    @Override
    public void notify(MosaicSupplyChangeNotification notification, ObserverContext context) {
        Optional<MosaicSupplyChangeDirection> direction = MosaicSupplyChangeDirection.fromCode(notification.direction());
        if (direction.isEmpty()) {
            return;
        }
        MosaicId id = context.resolvers().resolve(notification.mosaicId()).orElseThrow(() -> new IllegalStateException(
                "mosaic " + notification.mosaicId() + " does not resolve, yet its supply change was validated"));
        CacheDelta<MosaicId, MosaicEntry> cache = context.state().cache(MosaicCache.DESCRIPTOR);
        MosaicEntry entry = cache.find(id).orElseThrow(
                () -> new IllegalStateException("mosaic " + id + " is missing, yet its supply change was validated"));
        boolean increase = (context.mode() == NotifyMode.COMMIT) == (direction.get() == MosaicSupplyChangeDirection.INCREASE);
        MosaicEntry changed = increase ? entry.increaseSupply(notification.delta())
                : entry.decreaseSupply(notification.delta());
        MosaicIndexes.remove(context.state(), entry);
        cache.put(id, changed);
        MosaicIndexes.add(context.state(), changed);
    }
}
