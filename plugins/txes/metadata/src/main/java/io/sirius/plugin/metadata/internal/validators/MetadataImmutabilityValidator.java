package io.sirius.plugin.metadata.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.metadata.internal.state.MetadataKeys;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.metadata.state.MetadataCache;
import io.sirius.plugin.metadata.state.MetadataEntry;

/**
 * An extended form may not change a value created immutable ({@code Value_Is_Immutable}).
 *
 * <p>As in Sirius (its ExtendedMetadataValue validator is registered for the extended forms' notification alone), the
 * plain forms are not checked here: a plain form can still change the bytes of an immutable value. It cannot remove
 * one, because {@link MetadataRemovalValidator} refuses removals that could not be undone exactly. Whether the plain
 * forms should respect the flag too is a question for the network, not a rule Sirius has.
 */
public final class MetadataImmutabilityValidator implements StatefulValidator<MetadataValueNotification> {

    @Override
    public Class<MetadataValueNotification> notificationType() {
        return MetadataValueNotification.class;
    }

    @Override
    public ResultCode validate(MetadataValueNotification notification, StatefulValidationContext context) {
        if (!notification.extended()) {
            return ResultCodes.SUCCESS;
        }
        return context.state().cache(MetadataCache.DESCRIPTOR)
                .find(MetadataKeys.resolve(notification, context.resolvers()).compositeHash())
                .filter(MetadataEntry::immutable)
                .isPresent() ? MetadataResults.VALUE_IS_IMMUTABLE : ResultCodes.SUCCESS;
    }
}
