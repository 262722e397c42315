package io.sirius.plugin.metadata.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.metadata.internal.config.MetadataConfig;
import io.sirius.plugin.metadata.model.MetadataSizesNotification;

/**
 * The declared sizes must make sense on their own, checked in Sirius's order: a value of at least one byte (an empty
 * value would mean an empty entry), a size delta no larger in magnitude than the value, and a value no larger than the
 * network's {@code maxValueSize}. Sirius registers this rule as stateful although it reads only the config; it is
 * stateless here, so it runs in parallel.
 */
public final class MetadataSizesValidator implements StatelessValidator<MetadataSizesNotification> {

    @Override
    public Class<MetadataSizesNotification> notificationType() {
        return MetadataSizesNotification.class;
    }

    @Override
    public ResultCode validate(MetadataSizesNotification notification, ValidationContext context) {
        if (notification.valueSize() == 0) {
            return MetadataResults.VALUE_TOO_SMALL;
        }
        if (Math.abs(notification.valueSizeDelta()) > notification.valueSize()) {
            return MetadataResults.VALUE_SIZE_DELTA_TOO_LARGE;
        }
        return notification.valueSize() > context.config(MetadataConfig.SECTION).maxValueSize()
                ? MetadataResults.VALUE_TOO_LARGE
                : ResultCodes.SUCCESS;
    }
}
