package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;
import io.sirius.plugin.multisig.state.MultisigEntry;
import java.util.Optional;

/**
 * An added account must not be a cosignatory yet, a removed one must be; an account outside the multisig graph can
 * only gain cosignatories.
 */
public final class ModifyMultisigInvalidCosignersValidator
        implements StatefulValidator<ModifyMultisigCosignersNotification> {

    @Override
    public Class<ModifyMultisigCosignersNotification> notificationType() {
        return ModifyMultisigCosignersNotification.class;
    }

    @Override
    public ResultCode validate(ModifyMultisigCosignersNotification notification, StatefulValidationContext context) {
        Optional<MultisigEntry> entry = MultisigGraph.of(context.state()).entry(notification.signer());
        for (CosignatoryModification modification : notification.modifications()) {
            if (entry.isEmpty()) {
                if (modification.isDelete()) {
                    return MultisigResults.MODIFY_UNKNOWN_MULTISIG_ACCOUNT;
                }
                continue;
            }
            boolean cosignatory = entry.get().hasCosignatory(modification.cosignatory());
            if (modification.isAdd() && cosignatory) {
                return MultisigResults.MODIFY_ALREADY_A_COSIGNER;
            }
            if (!modification.isAdd() && !cosignatory) {
                return MultisigResults.MODIFY_NOT_A_COSIGNER;
            }
        }
        return ResultCodes.SUCCESS;
    }
}
