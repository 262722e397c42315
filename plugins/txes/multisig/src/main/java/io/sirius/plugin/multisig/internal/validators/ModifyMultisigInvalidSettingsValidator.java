package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.multisig.model.ModifyMultisigSettingsNotification;
import io.sirius.plugin.multisig.state.MultisigEntry;
import java.util.Optional;

/**
 * The new minimums, judged after the cosignatory modifications were applied: neither may fall below zero, nor be zero
 * while the account has cosignatories, nor exceed its number of cosignatories. An account without an entry must change
 * both minimums by the same amount, as in Sirius: that is a transaction without modifications on a plain account
 * (which changes nothing), or one that removed the last cosignatory of an account that cosigns nothing, whose entry the
 * cosigners observer has deleted (the settings observer then leaves it deleted, whatever the equal deltas).
 */
public final class ModifyMultisigInvalidSettingsValidator
        implements StatefulValidator<ModifyMultisigSettingsNotification> {

    @Override
    public Class<ModifyMultisigSettingsNotification> notificationType() {
        return ModifyMultisigSettingsNotification.class;
    }

    @Override
    public ResultCode validate(ModifyMultisigSettingsNotification notification, StatefulValidationContext context) {
        Optional<MultisigEntry> found = MultisigGraph.of(context.state()).entry(notification.signer());
        if (found.isEmpty()) {
            return notification.minRemovalDelta() != notification.minApprovalDelta()
                    ? MultisigResults.MODIFY_MIN_SETTING_OUT_OF_RANGE
                    : ResultCodes.SUCCESS;
        }
        MultisigEntry entry = found.get();
        int removal = entry.minRemoval() + notification.minRemovalDelta();
        int approval = entry.minApproval() + notification.minApprovalDelta();
        if (removal < 0 || approval < 0 || entry.isMultisig() && (removal == 0 || approval == 0)) {
            return MultisigResults.MODIFY_MIN_SETTING_OUT_OF_RANGE;
        }
        int cosignatories = entry.cosignatories().size();
        if (removal > cosignatories || approval > cosignatories) {
            return MultisigResults.MODIFY_MIN_SETTING_LARGER_THAN_NUM_COSIGNATORIES;
        }
        return ResultCodes.SUCCESS;
    }
}
