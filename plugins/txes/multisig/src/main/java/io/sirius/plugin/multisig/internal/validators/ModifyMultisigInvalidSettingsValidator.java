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
 * while the account has cosignatories, nor exceed its number of cosignatories. An account outside the graph (a
 * transaction without modifications on a plain account) must change both minimums by the same amount, which changes
 * nothing.
 *
 * <p>Sirius reaches its outside-the-graph branch also when the transaction removes the last cosignatory of an account
 * that cosigns nothing, because Sirius's cosigners observer deletes the entry at once and its rollback restores the
 * minimums as {@code 0 - delta}, exact only if the deltas were {@code -1}. Here the entry stays until the settings
 * observer has applied the deltas, so that transaction is judged like any other: the minimums (1 and 1 before, the only
 * values one cosignatory allows) must fall to zero, and rollback is exact.
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
