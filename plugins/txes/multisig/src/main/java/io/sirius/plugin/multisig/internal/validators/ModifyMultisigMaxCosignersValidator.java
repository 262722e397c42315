package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.multisig.internal.config.MultisigConfig;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;

/**
 * After its modifications a multisig account may have at most {@code maxCosignersPerAccount} cosignatories. Like
 * Sirius, which counts in an unsigned size, more removals than cosignatories count as too many (the removal of an
 * unknown cosignatory is refused either way).
 */
public final class ModifyMultisigMaxCosignersValidator implements StatefulValidator<ModifyMultisigCosignersNotification> {

    @Override
    public Class<ModifyMultisigCosignersNotification> notificationType() {
        return ModifyMultisigCosignersNotification.class;
    }

    @Override
    public ResultCode validate(ModifyMultisigCosignersNotification notification, StatefulValidationContext context) {
        long count = MultisigGraph.of(context.state()).cosignatoriesOf(notification.signer()).size();
        for (CosignatoryModification modification : notification.modifications()) {
            count += modification.isAdd() ? 1 : -1;
        }
        int max = context.config(MultisigConfig.SECTION).maxCosignersPerAccount();
        return count < 0 || count > max ? MultisigResults.MODIFY_MAX_COSIGNERS : ResultCodes.SUCCESS;
    }
}
