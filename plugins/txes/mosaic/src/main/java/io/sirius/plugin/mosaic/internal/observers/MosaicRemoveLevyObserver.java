package io.sirius.plugin.mosaic.internal.observers;

import io.sirius.api.model.MosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyNotification;

/**
 * Removes a mosaic's levy: in commit the levy in force moves onto the entry's history (the entry stays, so that the
 * removal can be undone), in rollback it comes back.
 */
public final class MosaicRemoveLevyObserver implements Observer<MosaicRemoveLevyNotification> {

    @Override
    public Class<MosaicRemoveLevyNotification> notificationType() {
        return MosaicRemoveLevyNotification.class;
    }

    @Override
    public void notify(MosaicRemoveLevyNotification notification, ObserverContext context) {
        MosaicId id = context.resolvers().resolve(notification.mosaicId()).orElseThrow(() -> new IllegalStateException(
                "mosaic " + notification.mosaicId() + " does not resolve, yet its levy removal was validated"));
        CacheDelta<MosaicId, LevyEntry> cache = context.state().cache(LevyCache.DESCRIPTOR);
        LevyEntry entry = cache.find(id).orElseThrow(
                () -> new IllegalStateException("the levy of " + id + " is missing, yet its removal was validated"));
        cache.put(id, context.mode() == NotifyMode.COMMIT ? entry.remove(context.height()) : entry.undo());
    }
}
