package io.sirius.plugin.aggregate.internal.validators;

import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.aggregate.internal.config.AggregateConfig;
import io.sirius.plugin.aggregate.internal.config.MultisigPresence;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import io.sirius.plugin.aggregate.model.AggregateResults;
import java.util.HashSet;
import java.util.Set;

/**
 * Every cosigner, and with {@code strictSigner} the aggregate's signer too, must sign one of the embedded transactions:
 * Sirius's {@code MultisigAggregateEligibleCosignersValidator} on a network without multisig accounts. Applies only
 * while the multisig plugin is not enabled; when it is, that plugin's validator judges every cosigner over the
 * multisig graph ({@link MultisigPresence}).
 */
public final class AggregateEligibleCosignersValidator implements StatefulValidator<AggregateCosignaturesNotification> {

    @Override
    public Class<AggregateCosignaturesNotification> notificationType() {
        return AggregateCosignaturesNotification.class;
    }

    @Override
    public ResultCode validate(AggregateCosignaturesNotification notification, StatefulValidationContext context) {
        if (MultisigPresence.judgesCosigners(context)) {
            return ResultCodes.SUCCESS;
        }
        Set<PublicKey> needed = new HashSet<>();
        for (EmbeddedTransaction transaction : notification.transactions()) {
            needed.add(transaction.header().signer());
        }
        if (context.config(AggregateConfig.SECTION).strictSigner() && !needed.contains(notification.signer())) {
            return AggregateResults.INELIGIBLE_COSIGNERS;
        }
        for (PublicKey cosigner : notification.cosigners()) {
            if (!needed.contains(cosigner)) {
                return AggregateResults.INELIGIBLE_COSIGNERS;
            }
        }
        return ResultCodes.SUCCESS;
    }
}
