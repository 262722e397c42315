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
 * The XOR change must fit the stored value (Sirius's MetadataValue validator, for both forms):
 * <ul>
 * <li>a new entry: the delta must equal the value size (the old value was empty);</li>
 * <li>an existing entry: the stored size must be the value size less a positive delta (growing), or the value size
 * itself (same size or shrinking), else {@code Value_Size_Delta_Mismatch};</li>
 * <li>a shrinking change must carry the stored value's tail unchanged, so that undoing it can restore the bytes it
 * drops, else {@code Value_Change_Irreversible}.</li>
 * </ul>
 */
public final class MetadataValueValidator implements StatefulValidator<MetadataValueNotification> {

    @Override
    public Class<MetadataValueNotification> notificationType() {
        return MetadataValueNotification.class;
    }

    @Override
    public ResultCode validate(MetadataValueNotification notification, StatefulValidationContext context) {
        Optional<MetadataEntry> stored = context.state().cache(MetadataCache.DESCRIPTOR)
                .find(MetadataKeys.resolve(notification, context.resolvers()).compositeHash());
        int delta = notification.valueSizeDelta();
        int size = notification.valueSize();
        if (stored.isEmpty()) {
            return delta == size ? ResultCodes.SUCCESS : MetadataResults.VALUE_SIZE_DELTA_MISMATCH;
        }
        byte[] current = stored.get().value();
        int expected = delta > 0 ? size - delta : size;
        if (current.length != expected) {
            return MetadataResults.VALUE_SIZE_DELTA_MISMATCH;
        }
        if (delta >= 0) {
            return ResultCodes.SUCCESS;
        }
        byte[] value = notification.value();
        for (int i = size + delta; i < size; i++) {
            if (current[i] != value[i]) {
                return MetadataResults.VALUE_CHANGE_IRREVERSIBLE;
            }
        }
        return ResultCodes.SUCCESS;
    }
}
