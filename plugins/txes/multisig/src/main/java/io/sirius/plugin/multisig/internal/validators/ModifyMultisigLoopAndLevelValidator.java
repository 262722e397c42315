package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.multisig.internal.config.MultisigConfig;
import io.sirius.plugin.multisig.model.ModifyMultisigNewCosignerNotification;
import java.util.HashSet;
import java.util.Set;

/**
 * A new cosignatory may neither make the multisig graph deeper than {@code maxMultisigDepth} levels (the levels above
 * the multisig account, plus those below the cosignatory, plus the new link) nor close a loop (an account above the
 * multisig account, itself included, that is also below the cosignatory, itself included). Depth is judged first.
 */
public final class ModifyMultisigLoopAndLevelValidator implements StatefulValidator<ModifyMultisigNewCosignerNotification> {

    @Override
    public Class<ModifyMultisigNewCosignerNotification> notificationType() {
        return ModifyMultisigNewCosignerNotification.class;
    }

    @Override
    public ResultCode validate(ModifyMultisigNewCosignerNotification notification, StatefulValidationContext context) {
        MultisigGraph graph = MultisigGraph.of(context.state());
        Set<PublicKey> above = new HashSet<>();
        above.add(notification.multisigAccount());
        int levelsAbove = graph.ancestors(notification.multisigAccount(), above);
        Set<PublicKey> below = new HashSet<>();
        below.add(notification.cosignatory());
        int levelsBelow = graph.descendants(notification.cosignatory(), below);
        if (levelsAbove + levelsBelow + 1 > context.config(MultisigConfig.SECTION).maxMultisigDepth()) {
            return MultisigResults.MODIFY_MAX_MULTISIG_DEPTH;
        }
        for (PublicKey key : above) {
            if (below.contains(key)) {
                return MultisigResults.MODIFY_LOOP;
            }
        }
        return ResultCodes.SUCCESS;
    }
}
