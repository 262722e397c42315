package io.sirius.plugin.metadata.internal.observers;

import io.sirius.api.model.Hash256;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.plugin.metadata.internal.state.MetadataIndexes;
import io.sirius.plugin.metadata.internal.state.MetadataKeys;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.metadata.state.MetadataCache;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * Applies a value change, or undoes it, the way Sirius's MetadataValue observers do. The size the value takes is the
 * value size, less the shrink on COMMIT and less the growth on ROLLBACK; the stored value is cut or zero-padded to that
 * size and XORed with as many bytes of the transaction's value. XOR being its own inverse, ROLLBACK gives back the old
 * value exactly: the bytes a shrink drops come back from the transaction's tail, which the value validator checked
 * equals them.
 *
 * <p>Where no entry exists, one is created holding those bytes: version 1 by a plain form, version 2 with the
 * transaction's flag by an extended form. Where the new size is 0, the entry is removed. An existing entry keeps its
 * version and flag through every change. Creation and removal undo each other (the removal validator makes sure a
 * removed entry is recreated with its own version and flag). Emptying an entry that does not exist cannot follow from
 * validated transactions and fails loudly.
 *
 * <p>The plugin's indexes ({@link MetadataIndexes}) follow the cache: the rows of the entry replaced or removed go,
 * those of the entry stored come, so a rollback gives back the rows with the entry.
 */
public final class MetadataValueObserver implements Observer<MetadataValueNotification> {

    @Override
    public Class<MetadataValueNotification> notificationType() {
        return MetadataValueNotification.class;
    }

    @Override
    public void notify(MetadataValueNotification notification, ObserverContext context) {
        int size = notification.valueSize();
        int delta = notification.valueSizeDelta();
        if (context.mode() == NotifyMode.COMMIT) {
            size += Math.min(delta, 0);
        } else {
            size -= Math.max(delta, 0);
        }
        byte[] change = notification.valuePrefix(size);
        MetadataKey key = MetadataKeys.resolve(notification, context.resolvers());
        Hash256 hash = key.compositeHash();
        CacheDelta<Hash256, MetadataEntry> cache = context.state().cache(MetadataCache.DESCRIPTOR);
        Optional<MetadataEntry> stored = cache.find(hash);
        if (stored.isEmpty()) {
            if (size == 0) {
                throw new IllegalStateException("metadata " + hash + " is to be emptied but does not exist");
            }
            MetadataEntry created = notification.extended()
                    ? new MetadataEntry(key, change, MetadataEntry.EXTENDED, notification.immutable())
                    : new MetadataEntry(key, change, MetadataEntry.PLAIN, false);
            cache.put(hash, created);
            MetadataIndexes.add(context.state(), created);
            return;
        }
        MetadataIndexes.remove(context.state(), stored.get());
        if (size == 0) {
            cache.remove(hash);
            return;
        }
        byte[] value = Arrays.copyOf(stored.get().value(), size);
        for (int i = 0; i < size; i++) {
            value[i] ^= change[i];
        }
        MetadataEntry changed = stored.get().withValue(value);
        cache.put(hash, changed);
        MetadataIndexes.add(context.state(), changed);
    }
}
