package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.internal.config.ChainValues;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicDefinitionNotification;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import java.util.Optional;

/**
 * A redefinition adds its duration to the mosaic's. It may not turn an eternal mosaic into a mortal one or the other
 * way round, and the sum may neither overflow nor pass {@code maxMosaicDuration}, in blocks of the {@code [chain]}
 * block time in force ({@code Invalid_Duration}). A new mosaic's duration is the properties validator's business.
 */
public final class MosaicDurationValidator implements StatefulValidator<MosaicDefinitionNotification> {

    @Override
    public Class<MosaicDefinitionNotification> notificationType() {
        return MosaicDefinitionNotification.class;
    }

    @Override
    public ResultCode validate(MosaicDefinitionNotification notification, StatefulValidationContext context) {
        Optional<MosaicEntry> existing = context.state().cache(MosaicCache.DESCRIPTOR).find(notification.mosaicId());
        if (existing.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        long current = existing.get().definition().properties().duration().value();
        long delta = notification.properties().duration().value();
        long resulting = current + delta;
        boolean incompatible = (current == 0) != (delta == 0);
        BlockDuration max = context.config(MosaicConfig.SECTION)
                .maxMosaicDurationBlocks(ChainValues.blockGenerationTargetTime(context.chainConfig()));
        boolean overflows = Long.compareUnsigned(resulting, current) < 0;
        return incompatible || overflows || Long.compareUnsigned(resulting, max.value()) > 0
                ? MosaicResults.INVALID_DURATION
                : ResultCodes.SUCCESS;
    }
}
