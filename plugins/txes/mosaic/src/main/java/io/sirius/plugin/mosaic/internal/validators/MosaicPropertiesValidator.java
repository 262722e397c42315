package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.mosaic.internal.config.ChainValues;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicFlags;
import io.sirius.plugin.mosaic.model.MosaicPropertiesNotification;
import io.sirius.plugin.mosaic.model.MosaicProperty;

/**
 * A definition's properties, in Sirius's order of checks: only defined flags ({@code Invalid_Flags}); divisibility at
 * most {@code maxMosaicDivisibility} ({@code Invalid_Divisibility}); at most one optional property, and it must be
 * the duration ({@code Invalid_Property}); a duration given explicitly must be neither 0 (eternal is the default and
 * is never written) nor above {@code maxMosaicDuration}, in blocks of the {@code [chain]} block time in force
 * ({@code Invalid_Duration}).
 *
 * <p>Sirius runs it as a stateful validator only to reach the config; here the config is in every context, so it
 * runs with the stateless ones.
 */
public final class MosaicPropertiesValidator implements StatelessValidator<MosaicPropertiesNotification> {

    @Override
    public Class<MosaicPropertiesNotification> notificationType() {
        return MosaicPropertiesNotification.class;
    }

    @Override
    public ResultCode validate(MosaicPropertiesNotification notification, ValidationContext context) {
        if (!MosaicFlags.isValid(notification.flags())) {
            return MosaicResults.INVALID_FLAGS;
        }
        MosaicConfig config = context.config(MosaicConfig.SECTION);
        if (notification.divisibility() > config.maxMosaicDivisibility()) {
            return MosaicResults.INVALID_DIVISIBILITY;
        }
        if (notification.optionalProperties().isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        if (notification.optionalProperties().size() >= 2) {
            return MosaicResults.INVALID_PROPERTY;
        }
        MosaicProperty property = notification.optionalProperties().get(0);
        if (property.id() != MosaicProperty.DURATION) {
            return MosaicResults.INVALID_PROPERTY;
        }
        BlockDuration duration = new BlockDuration(property.value());
        BlockDuration max = config.maxMosaicDurationBlocks(ChainValues.blockGenerationTargetTime(context.chainConfig()));
        return duration.value() == 0 || duration.compareTo(max) > 0
                ? MosaicResults.INVALID_DURATION
                : ResultCodes.SUCCESS;
    }
}
