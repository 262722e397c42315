package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;
import java.util.HashSet;
import java.util.Set;

/**
 * Every modification adds or deletes; no account is both added and removed; at most one is removed; no modification
 * repeats. Judged in that order, modification by modification, as Sirius does.
 */
public final class ModifyMultisigCosignersValidator implements StatelessValidator<ModifyMultisigCosignersNotification> {

    @Override
    public Class<ModifyMultisigCosignersNotification> notificationType() {
        return ModifyMultisigCosignersNotification.class;
    }

    @Override
    public ResultCode validate(ModifyMultisigCosignersNotification notification, ValidationContext context) {
        Set<PublicKey> added = new HashSet<>();
        Set<PublicKey> removed = new HashSet<>();
        for (CosignatoryModification modification : notification.modifications()) {
            if (!modification.isAdd() && !modification.isDelete()) {
                return MultisigResults.MODIFY_UNSUPPORTED_MODIFICATION_TYPE;
            }
            Set<PublicKey> same = modification.isAdd() ? added : removed;
            Set<PublicKey> opposite = modification.isAdd() ? removed : added;
            if (opposite.contains(modification.cosignatory())) {
                return MultisigResults.MODIFY_ACCOUNT_IN_BOTH_SETS;
            }
            same.add(modification.cosignatory());
        }
        if (removed.size() > 1) {
            return MultisigResults.MODIFY_MULTIPLE_DELETES;
        }
        if (notification.modifications().size() != added.size() + removed.size()) {
            return MultisigResults.MODIFY_REDUNDANT_MODIFICATIONS;
        }
        return ResultCodes.SUCCESS;
    }
}
