package io.sirius.plugin.aggregate.internal.validators;

import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.aggregate.internal.config.AggregateConfig;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import io.sirius.plugin.aggregate.model.AggregateResults;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * With {@code enableStrictCosignatureCheck}, the aggregate's signer and cosigners must be exactly the signers of its
 * embedded transactions: one of them that signs no embedded transaction is ineligible, which wins over an embedded
 * signer that has not signed (missing), so that a cosignature nobody needs is refused rather than waited for.
 */
public final class StrictAggregateCosignaturesValidator implements StatefulValidator<AggregateCosignaturesNotification> {

    @Override
    public Class<AggregateCosignaturesNotification> notificationType() {
        return AggregateCosignaturesNotification.class;
    }

    @Override
    public ResultCode validate(AggregateCosignaturesNotification notification, StatefulValidationContext context) {
        if (!context.config(AggregateConfig.SECTION).enableStrictCosignatureCheck()) {
            return ResultCodes.SUCCESS;
        }
        Map<PublicKey, Boolean> used = new LinkedHashMap<>();
        used.put(notification.signer(), false);
        notification.cosigners().forEach(cosigner -> used.put(cosigner, false));
        boolean missing = false;
        for (EmbeddedTransaction transaction : notification.transactions()) {
            PublicKey signer = transaction.header().signer();
            if (used.containsKey(signer)) {
                used.put(signer, true);
            } else {
                missing = true;
            }
        }
        if (used.containsValue(false)) {
            return AggregateResults.INELIGIBLE_COSIGNERS;
        }
        return missing ? AggregateResults.MISSING_COSIGNERS : ResultCodes.SUCCESS;
    }
}
