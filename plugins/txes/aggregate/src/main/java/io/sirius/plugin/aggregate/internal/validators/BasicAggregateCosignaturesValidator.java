package io.sirius.plugin.aggregate.internal.validators;

import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.aggregate.internal.config.AggregateConfig;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import io.sirius.plugin.aggregate.model.AggregateResults;
import java.util.HashSet;
import java.util.Set;

/**
 * An aggregate carries at least one and at most {@code maxTransactionsPerAggregate} transactions, and at most
 * {@code maxCosignaturesPerAggregate} signatures counting its signer's; no account signs it twice (its signer
 * included).
 */
public final class BasicAggregateCosignaturesValidator implements StatefulValidator<AggregateCosignaturesNotification> {

    @Override
    public Class<AggregateCosignaturesNotification> notificationType() {
        return AggregateCosignaturesNotification.class;
    }

    @Override
    public ResultCode validate(AggregateCosignaturesNotification notification, StatefulValidationContext context) {
        if (notification.transactions().isEmpty()) {
            return AggregateResults.NO_TRANSACTIONS;
        }
        AggregateConfig config = context.config(AggregateConfig.SECTION);
        if (notification.transactions().size() > config.maxTransactionsPerAggregate()) {
            return AggregateResults.TOO_MANY_TRANSACTIONS;
        }
        if (notification.cosignatures().size() + 1L > config.maxCosignaturesPerAggregate()) {
            return AggregateResults.TOO_MANY_COSIGNATURES;
        }
        Set<PublicKey> signers = new HashSet<>();
        signers.add(notification.signer());
        for (PublicKey cosigner : notification.cosigners()) {
            if (!signers.add(cosigner)) {
                return AggregateResults.REDUNDANT_COSIGNATURES;
            }
        }
        return ResultCodes.SUCCESS;
    }
}
