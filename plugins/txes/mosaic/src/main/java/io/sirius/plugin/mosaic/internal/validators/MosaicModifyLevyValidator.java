package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.internal.levy.Levies;
import io.sirius.plugin.mosaic.internal.levy.LevyCalculator;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyNotification;
import io.sirius.plugin.mosaic.model.UnresolvedMosaicLevy;
import java.util.Optional;

/**
 * A levy may be set, in Sirius's order of checks, only if levies are enabled ({@code Levy_Not_Enabled}); by the owner
 * of the active levied mosaic ({@code Id_Not_Found}, {@code Ineligible_Signer}); with type absolute or percentile
 * ({@code Invalid_Levy_Type}); to a recipient the chain knows ({@code Recipient_Levy_Not_Exist}); with a valid fee
 * ({@code Invalid_Levy_Fee}, see {@link LevyCalculator#isFeeValid}); paid in an active mosaic
 * ({@code Levy_Not_Found_Or_Expired}) that is transferable ({@code Non_Transferable}). The currency mosaic is always
 * a valid levy mosaic ({@link Levies#isUsableLevyMosaic}).
 */
public final class MosaicModifyLevyValidator implements StatefulValidator<MosaicModifyLevyNotification> {

    @Override
    public Class<MosaicModifyLevyNotification> notificationType() {
        return MosaicModifyLevyNotification.class;
    }

    @Override
    public ResultCode validate(MosaicModifyLevyNotification notification, StatefulValidationContext context) {
        if (!context.config(MosaicConfig.SECTION).levyEnabled()) {
            return MosaicResults.LEVY_NOT_ENABLED;
        }
        ResultCode allowed = LevyOperations.allowed(notification.signer(),
                context.resolvers().resolve(notification.mosaicId()), context);
        if (!allowed.isSuccess()) {
            return allowed;
        }
        UnresolvedMosaicLevy levy = notification.levy();
        Optional<LevyType> type = levy.knownType().filter(t -> t != LevyType.NONE);
        if (type.isEmpty()) {
            return MosaicResults.INVALID_LEVY_TYPE;
        }
        Optional<Address> recipient = context.resolvers().resolve(levy.recipient());
        if (recipient.isEmpty() || !context.state().cache(AccountStateCache.DESCRIPTOR).contains(recipient.get())) {
            return MosaicResults.RECIPIENT_LEVY_NOT_EXIST;
        }
        if (!LevyCalculator.isFeeValid(type.get(), levy.fee())) {
            return MosaicResults.INVALID_LEVY_FEE;
        }
        Optional<MosaicId> levyMosaic = context.resolvers().resolve(levy.mosaicId());
        if (levyMosaic.isEmpty() || !Levies.isUsableLevyMosaic(context, levyMosaic.get())) {
            return MosaicResults.LEVY_NOT_FOUND_OR_EXPIRED;
        }
        Optional<MosaicEntry> entry = Levies.active(context, levyMosaic.get());
        return entry.isPresent() && !entry.get().definition().properties().transferable()
                ? MosaicResults.NON_TRANSFERABLE
                : ResultCodes.SUCCESS;
    }
}
