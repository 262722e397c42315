package io.sirius.plugin.metadata.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.metadata.internal.state.MetadataKeys;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.metadata.state.MetadataCache;
import io.sirius.plugin.metadata.state.MetadataEntry;
import java.util.Optional;

/**
 * A change that empties a value removes its entry; undoing it recreates the entry from the transaction alone, with the
 * version and flag of the form that undoes it (version 1 for a plain form; version 2 and the transaction's flag for an
 * extended one). So a removal must come from the form that can recreate the entry exactly: a plain form for a version 1
 * entry, an extended form carrying the entry's own flag for a version 2 entry. Any other removal fails with
 * {@code Value_Change_Irreversible}.
 *
 * <p>This rule is this node's, not Sirius's: Sirius accepts such removals, and undoing them recreates the entry with
 * the wrong version or flag, so a rollback there does not give the state back. Here a block must undo exactly (the
 * StateHash depends on it), and Sirius's own code for changes that cannot be undone says why the transaction fails.
 * The value itself is always restored exactly: a removal carries the whole old value.
 */
public final class MetadataRemovalValidator implements StatefulValidator<MetadataValueNotification> {

    @Override
    public Class<MetadataValueNotification> notificationType() {
        return MetadataValueNotification.class;
    }

    @Override
    public ResultCode validate(MetadataValueNotification notification, StatefulValidationContext context) {
        if (notification.valueSizeDelta() >= 0 || notification.valueSize() + notification.valueSizeDelta() != 0) {
            return ResultCodes.SUCCESS;
        }
        Optional<MetadataEntry> stored = context.state().cache(MetadataCache.DESCRIPTOR)
                .find(MetadataKeys.resolve(notification, context.resolvers()).compositeHash());
        if (stored.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        MetadataEntry entry = stored.get();
        boolean recreatable = notification.extended()
                ? entry.version() == MetadataEntry.EXTENDED && entry.immutable() == notification.immutable()
                : entry.version() == MetadataEntry.PLAIN;
        return recreatable ? ResultCodes.SUCCESS : MetadataResults.VALUE_CHANGE_IRREVERSIBLE;
    }
}
