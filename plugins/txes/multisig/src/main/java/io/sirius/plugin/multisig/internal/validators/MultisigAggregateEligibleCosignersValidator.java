package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import io.sirius.plugin.aggregate.model.AggregateResults;
import io.sirius.plugin.multisig.internal.config.AggregateSettings;
import io.sirius.plugin.multisig.internal.config.MultisigConfig;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every cosigner of an aggregate, and with the aggregate section's {@code strictSigner} its signer too, must be
 * eligible: an account that must approve one of its embedded transactions (see {@link CosignerRequirements}) if that
 * account is plain, or, if it is a multisig account, eligible through its cosignatories, down the graph. Otherwise
 * {@code Failure_Aggregate_Ineligible_Cosigners}, which the kernel's partial cache answers by refusing the cosignature
 * that caused it. Judged on the aggregate before any of its embedded transactions, so that it wins over a missing
 * cosigner.
 */
public final class MultisigAggregateEligibleCosignersValidator
        implements StatefulValidator<AggregateCosignaturesNotification> {

    @Override
    public Class<AggregateCosignaturesNotification> notificationType() {
        return AggregateCosignaturesNotification.class;
    }

    @Override
    public ResultCode validate(AggregateCosignaturesNotification notification, StatefulValidationContext context) {
        MultisigGraph graph = MultisigGraph.of(context.state());
        Set<PublicKey> eligible = new HashSet<>();
        for (PublicKey required : CosignerRequirements.required(notification.transactions(),
                context.config(MultisigConfig.SECTION))) {
            collect(graph, required, eligible, new HashSet<>());
        }
        Set<PublicKey> signers = new LinkedHashSet<>();
        if (context.config(AggregateSettings.SECTION).strictSigner()) {
            signers.add(notification.signer());
        }
        signers.addAll(notification.cosigners());
        return eligible.containsAll(signers) ? ResultCodes.SUCCESS : AggregateResults.INELIGIBLE_COSIGNERS;
    }

    /** Plain accounts approve for themselves; a multisig account through its cosignatories. */
    private static void collect(MultisigGraph graph, PublicKey key, Set<PublicKey> eligible, Set<PublicKey> path) {
        List<PublicKey> cosignatories = graph.cosignatoriesOf(key);
        if (cosignatories.isEmpty()) {
            eligible.add(key);
            return;
        }
        if (!path.add(key) || path.size() > MultisigGraph.MAX_WALK) {
            return;
        }
        for (PublicKey cosignatory : cosignatories) {
            collect(graph, cosignatory, eligible, path);
        }
        path.remove(key);
    }
}
