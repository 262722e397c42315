package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.internal.config.ChainValues;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeDirection;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;
import java.util.Optional;

/**
 * Whether the supply may change by the delta: an immutable supply only while the owner holds all of it
 * ({@code Supply_Immutable}); a decrease only by what the owner holds ({@code Supply_Negative}); an increase only up
 * to {@code [chain] maxMosaicAtomicUnits} in force and without overflow ({@code Supply_Exceeded}).
 *
 * <p>Runs after {@link ProperMosaicValidator} has accepted the transaction's required-mosaic notification; a mosaic
 * that is nevertheless missing is answered {@code Expired} rather than assumed.
 */
public final class MosaicSupplyChangeAllowedValidator implements StatefulValidator<MosaicSupplyChangeNotification> {

    @Override
    public Class<MosaicSupplyChangeNotification> notificationType() {
        return MosaicSupplyChangeNotification.class;
    }

    @Override
    public ResultCode validate(MosaicSupplyChangeNotification notification, StatefulValidationContext context) {
        Optional<MosaicId> id = context.resolvers().resolve(notification.mosaicId());
        Optional<MosaicEntry> found = id.flatMap(resolved -> context.state().cache(MosaicCache.DESCRIPTOR).find(resolved));
        if (found.isEmpty()) {
            return MosaicResults.EXPIRED;
        }
        MosaicEntry entry = found.get();
        long owned = context.state().cache(AccountStateCache.DESCRIPTOR).find(context.addressOf(notification.signer()))
                .map(account -> account.balance(entry.mosaicId()))
                .map(Amount::value)
                .orElse(0L);
        if (!entry.definition().properties().supplyMutable() && owned != entry.supply().value()) {
            return MosaicResults.SUPPLY_IMMUTABLE;
        }
        long delta = notification.delta().value();
        if (notification.direction() == MosaicSupplyChangeDirection.DECREASE.code()) {
            return Long.compareUnsigned(owned, delta) < 0 ? MosaicResults.SUPPLY_NEGATIVE : ResultCodes.SUCCESS;
        }
        long before = entry.supply().value();
        long after = before + delta;
        long max = ChainValues.maxMosaicAtomicUnits(context.chainConfig());
        return Long.compareUnsigned(after, before) < 0 || Long.compareUnsigned(after, max) > 0
                ? MosaicResults.SUPPLY_EXCEEDED
                : ResultCodes.SUCCESS;
    }
}
