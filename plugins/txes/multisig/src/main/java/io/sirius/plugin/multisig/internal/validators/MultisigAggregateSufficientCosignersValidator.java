package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.aggregate.model.AggregateEmbeddedTransactionNotification;
import io.sirius.plugin.aggregate.model.AggregateResults;
import io.sirius.plugin.multisig.internal.config.MultisigConfig;
import io.sirius.plugin.multisig.state.MultisigEntry;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every account that must approve an embedded transaction (see {@link CosignerRequirements}) has: a plain account by
 * signing the aggregate (as its signer or a cosigner), a multisig account by having at least its minimum of approving
 * cosignatories, each judged the same way down the graph. The minimum is the approval one, the removal one for a
 * modification that only removes cosignatories, and the larger of the two for one that also adds. Otherwise
 * {@code Failure_Aggregate_Missing_Cosigners}, with which the kernel's partial cache keeps a bonded aggregate waiting.
 */
public final class MultisigAggregateSufficientCosignersValidator
        implements StatefulValidator<AggregateEmbeddedTransactionNotification> {

    @Override
    public Class<AggregateEmbeddedTransactionNotification> notificationType() {
        return AggregateEmbeddedTransactionNotification.class;
    }

    @Override
    public ResultCode validate(AggregateEmbeddedTransactionNotification notification, StatefulValidationContext context) {
        MultisigGraph graph = MultisigGraph.of(context.state());
        Set<PublicKey> signed = new HashSet<>(notification.cosigners());
        signed.add(notification.signer());
        CosignerRequirements.Operation operation = CosignerRequirements.operation(notification.transaction());
        for (PublicKey required : CosignerRequirements.required(notification.transaction(),
                context.config(MultisigConfig.SECTION))) {
            if (!approved(graph, required, operation, signed, new HashSet<>())) {
                return AggregateResults.MISSING_COSIGNERS;
            }
        }
        return ResultCodes.SUCCESS;
    }

    private static boolean approved(MultisigGraph graph, PublicKey key, CosignerRequirements.Operation operation,
            Set<PublicKey> signed, Set<PublicKey> path) {
        Optional<MultisigEntry> entry = graph.entry(key).filter(MultisigEntry::isMultisig);
        if (entry.isEmpty()) {
            return signed.contains(key);
        }
        if (!path.add(key) || path.size() > MultisigGraph.MAX_WALK) {
            return false;
        }
        int approvals = 0;
        for (PublicKey cosignatory : entry.get().cosignatories()) {
            approvals += approved(graph, cosignatory, operation, signed, path) ? 1 : 0;
        }
        path.remove(key);
        return approvals >= operation.minimum(entry.get());
    }
}
