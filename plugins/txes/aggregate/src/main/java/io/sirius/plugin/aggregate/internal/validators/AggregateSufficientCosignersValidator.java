package io.sirius.plugin.aggregate.internal.validators;

import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.aggregate.internal.config.MultisigPresence;
import io.sirius.plugin.aggregate.model.AggregateEmbeddedTransactionNotification;
import io.sirius.plugin.aggregate.model.AggregateResults;

/**
 * An embedded transaction's signer must have signed the aggregate, as its signer or a cosigner; otherwise the
 * aggregate misses a cosignature (the result a bonded aggregate waits with in the partial cache): Sirius's
 * {@code MultisigAggregateSufficientCosignersValidator} on a network without multisig accounts. Applies only while
 * the multisig plugin is not enabled; when it is, that plugin's validator judges the signer, a multisig account through
 * its cosignatories ({@link MultisigPresence}).
 */
public final class AggregateSufficientCosignersValidator
        implements StatefulValidator<AggregateEmbeddedTransactionNotification> {

    @Override
    public Class<AggregateEmbeddedTransactionNotification> notificationType() {
        return AggregateEmbeddedTransactionNotification.class;
    }

    @Override
    public ResultCode validate(AggregateEmbeddedTransactionNotification notification, StatefulValidationContext context) {
        if (MultisigPresence.judgesCosigners(context)) {
            return ResultCodes.SUCCESS;
        }
        PublicKey required = notification.transaction().header().signer();
        if (required.equals(notification.signer()) || notification.cosigners().contains(required)) {
            return ResultCodes.SUCCESS;
        }
        return AggregateResults.MISSING_COSIGNERS;
    }
}
