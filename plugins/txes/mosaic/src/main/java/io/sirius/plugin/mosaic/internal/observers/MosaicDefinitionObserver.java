package io.sirius.plugin.mosaic.internal.observers;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.MosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.plugin.mosaic.internal.state.MosaicIndexes;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicDefinition;
import io.sirius.plugin.mosaic.model.MosaicDefinitionNotification;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import java.util.Optional;

/**
 * Records a definition. A new mosaic gets revision 1 at the block's height, owned by the signer, with no supply. A
 * redefinition (validators guarantee the supply is zero) toggles the flags and the divisibility by XOR and adds the
 * duration, and counts one more revision; its rollback XORs again and subtracts, and the rollback of revision 1
 * removes the mosaic. Every step is exactly invertible, so no history is kept.
 *
 * <p>The plugin's indexes ({@link MosaicIndexes}) follow the cache: the rows of the entry replaced go, those of the
 * entry stored come, so a rollback gives back the rows with the entry.
 */
public final class MosaicDefinitionObserver implements Observer<MosaicDefinitionNotification> {

    @Override
    public Class<MosaicDefinitionNotification> notificationType() {
        return MosaicDefinitionNotification.class;
    }

    @Override
    public void notify(MosaicDefinitionNotification notification, ObserverContext context) {
        CacheDelta<MosaicId, MosaicEntry> cache = context.state().cache(MosaicCache.DESCRIPTOR);
        MosaicId id = notification.mosaicId();
        Optional<MosaicEntry> existing = cache.find(id);
        boolean commit = context.mode() == NotifyMode.COMMIT;
        if (existing.isEmpty()) {
            if (!commit) {
                throw new IllegalStateException("mosaic " + id + " is missing while rolling back its definition");
            }
            MosaicDefinition definition = new MosaicDefinition(context.height(), notification.signer(), 1,
                    notification.properties());
            MosaicEntry created = new MosaicEntry(id, Amount.ZERO, definition);
            cache.put(id, created);
            MosaicIndexes.add(context.state(), created);
            return;
        }
        MosaicEntry entry = existing.get();
        MosaicDefinition current = entry.definition();
        MosaicIndexes.remove(context.state(), entry);
        if (!commit && current.revision() == 1) {
            cache.remove(id);
            return;
        }
        MosaicProperties merged = merge(current.properties(), notification.properties(), commit);
        int revision = commit ? current.revision() + 1 : current.revision() - 1;
        MosaicDefinition definition = new MosaicDefinition(current.height(), notification.signer(), revision, merged);
        MosaicEntry changed = new MosaicEntry(id, entry.supply(), definition);
        cache.put(id, changed);
        MosaicIndexes.add(context.state(), changed);
    }

    private static MosaicProperties merge(MosaicProperties current, MosaicProperties change, boolean commit) {
        long duration = commit
                ? current.duration().value() + change.duration().value()
                : current.duration().value() - change.duration().value();
        return new MosaicProperties(current.flags() ^ change.flags(), current.divisibility() ^ change.divisibility(),
                new BlockDuration(duration));
    }
}
