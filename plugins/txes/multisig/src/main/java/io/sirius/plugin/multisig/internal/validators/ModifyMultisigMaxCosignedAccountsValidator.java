package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.multisig.internal.config.MultisigConfig;
import io.sirius.plugin.multisig.model.ModifyMultisigNewCosignerNotification;

/**
 * A new cosignatory may cosign at most {@code maxCosignedAccountsPerAccount} accounts: one in the multisig graph that
 * already cosigns that many cannot take another. As in Sirius, an account outside the graph always may, even when the
 * maximum is zero.
 */
public final class ModifyMultisigMaxCosignedAccountsValidator
        implements StatefulValidator<ModifyMultisigNewCosignerNotification> {

    @Override
    public Class<ModifyMultisigNewCosignerNotification> notificationType() {
        return ModifyMultisigNewCosignerNotification.class;
    }

    @Override
    public ResultCode validate(ModifyMultisigNewCosignerNotification notification, StatefulValidationContext context) {
        long max = context.config(MultisigConfig.SECTION).maxCosignedAccountsPerAccount();
        boolean full = MultisigGraph.of(context.state()).entry(notification.cosignatory())
                .map(e -> e.multisigAccounts().size() >= max).orElse(false);
        return full ? MultisigResults.MODIFY_MAX_COSIGNED_ACCOUNTS : ResultCodes.SUCCESS;
    }
}
