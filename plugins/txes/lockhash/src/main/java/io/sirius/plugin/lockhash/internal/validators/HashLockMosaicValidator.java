package io.sirius.plugin.lockhash.internal.validators;

import io.sirius.api.model.MosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.lockhash.internal.config.HashLockConfig;
import io.sirius.plugin.lockhash.model.HashLockMosaicNotification;
import java.util.Optional;

/**
 * The deposit is exactly {@code lockedFundsPerAggregate} (checked first, as Sirius does) of the currency mosaic, after
 * resolving an alias. Stateful because resolving an alias reads the namespace state.
 */
public final class HashLockMosaicValidator implements StatefulValidator<HashLockMosaicNotification> {

    @Override
    public Class<HashLockMosaicNotification> notificationType() {
        return HashLockMosaicNotification.class;
    }

    @Override
    public ResultCode validate(HashLockMosaicNotification notification, StatefulValidationContext context) {
        if (!context.config(HashLockConfig.SECTION).lockedFundsPerAggregate().equals(notification.mosaic().amount())) {
            return LockHashResults.INVALID_MOSAIC_AMOUNT;
        }
        Optional<MosaicId> mosaic = context.resolvers().resolve(notification.mosaic().id());
        return mosaic.isPresent() && mosaic.get().equals(context.currencyMosaicId())
                ? ResultCodes.SUCCESS
                : LockHashResults.INVALID_MOSAIC_ID;
    }
}
