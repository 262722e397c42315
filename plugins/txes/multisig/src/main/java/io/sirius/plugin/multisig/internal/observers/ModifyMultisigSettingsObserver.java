package io.sirius.plugin.multisig.internal.observers;

import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.multisig.model.ModifyMultisigSettingsNotification;
import io.sirius.plugin.multisig.state.MultisigEntry;

/**
 * Changes a multisig account's minimums by the deltas (in rollback, by their opposites), in Sirius's u8 arithmetic.
 *
 * <p>An account without an entry is left alone on commit, as in Sirius: either a transaction without modifications on
 * a plain account, or one that removed the last cosignatory of an account that cosigns nothing, whose entry the
 * cosigners observer has just deleted; validation only required the two deltas to be equal. Rolling the second case
 * back (an account without an entry, a transaction with modifications; this observer runs before the cosigners
 * observer in rollback) brings the entry back with the minimums it had: 1 and 1, the only minimums an account with one
 * cosignatory can have, since every change of an account's cosignatories is judged with its settings. Sirius restores
 * {@code 0 - delta} instead, which is exact only for deltas of -1.
 */
public final class ModifyMultisigSettingsObserver implements Observer<ModifyMultisigSettingsNotification> {
    /** The minimums of an account whose only cosignatory is being given back. */
    static final int SINGLE_COSIGNATORY_MINIMUM = 1;

    @Override
    public Class<ModifyMultisigSettingsNotification> notificationType() {
        return ModifyMultisigSettingsNotification.class;
    }

    @Override
    public void notify(ModifyMultisigSettingsNotification notification, ObserverContext context) {
        MultisigDelta delta = MultisigDelta.of(context);
        boolean commit = context.mode() == NotifyMode.COMMIT;
        if (!delta.contains(notification.signer())) {
            if (!commit && notification.modificationsCount() != 0) {
                delta.saveMinimums(delta.entryOrEmpty(notification.signer())
                        .withMinimums(SINGLE_COSIGNATORY_MINIMUM, SINGLE_COSIGNATORY_MINIMUM));
            }
            return;
        }
        MultisigEntry entry = delta.entryOrEmpty(notification.signer());
        int direction = commit ? 1 : -1;
        delta.saveMinimums(entry.withMinimums(
                (entry.minApproval() + direction * notification.minApprovalDelta()) & 0xFF,
                (entry.minRemoval() + direction * notification.minRemovalDelta()) & 0xFF));
    }
}
