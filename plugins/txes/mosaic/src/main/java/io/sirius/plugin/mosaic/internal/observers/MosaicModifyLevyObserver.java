package io.sirius.plugin.mosaic.internal.observers;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyNotification;
import io.sirius.plugin.mosaic.model.UnresolvedMosaicLevy;
import java.util.Optional;

/**
 * Sets a mosaic's levy, with its aliases resolved. In commit a mosaic's first levy creates its entry, and a later one
 * replaces the levy in force, pushing it onto the entry's history; in rollback the entry's last change is undone, and
 * an entry with no history left (its first levy) is removed.
 */
public final class MosaicModifyLevyObserver implements Observer<MosaicModifyLevyNotification> {

    @Override
    public Class<MosaicModifyLevyNotification> notificationType() {
        return MosaicModifyLevyNotification.class;
    }

    @Override
    public void notify(MosaicModifyLevyNotification notification, ObserverContext context) {
        MosaicId id = context.resolvers().resolve(notification.mosaicId()).orElseThrow(() -> unresolved(notification));
        CacheDelta<MosaicId, LevyEntry> cache = context.state().cache(LevyCache.DESCRIPTOR);
        Optional<LevyEntry> existing = cache.find(id);
        if (context.mode() == NotifyMode.ROLLBACK) {
            LevyEntry entry = existing.orElseThrow(
                    () -> new IllegalStateException("the levy of " + id + " is missing while rolling back its change"));
            if (entry.hasHistory()) {
                cache.put(id, entry.undo());
            } else {
                cache.remove(id);
            }
            return;
        }
        MosaicLevy levy = resolve(notification, context);
        cache.put(id, existing.map(entry -> entry.update(levy, context.height())).orElseGet(() -> LevyEntry.of(id, levy)));
    }

    private static MosaicLevy resolve(MosaicModifyLevyNotification notification, ObserverContext context) {
        UnresolvedMosaicLevy raw = notification.levy();
        LevyType type = raw.knownType().orElseThrow(() -> unresolved(notification));
        Address recipient = context.resolvers().resolve(raw.recipient()).orElseThrow(() -> unresolved(notification));
        MosaicId mosaic = context.resolvers().resolve(raw.mosaicId()).orElseThrow(() -> unresolved(notification));
        return new MosaicLevy(type, recipient, mosaic, raw.fee());
    }

    private static IllegalStateException unresolved(MosaicModifyLevyNotification notification) {
        return new IllegalStateException("levy change of " + notification.mosaicId()
                + " does not resolve, yet it was validated");
    }
}
