package io.sirius.plugin.multisig.internal.observers;

import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.multisig.model.ModifyMultisigSettingsNotification;
import io.sirius.plugin.multisig.state.MultisigEntry;

/**
 * Changes a multisig account's minimums by the deltas (in rollback, by their opposites), in Sirius's u8 arithmetic.
 * An account outside the graph is left alone on commit: that is a transaction without modifications on a plain
 * account, whose deltas validation required to cancel out. On rollback an account missing from the cache is one this
 * observer removed when its minimums fell to zero with its last cosignatory gone; it comes back with its old minimums
 * for the cosigners observer to give back its cosignatory.
 */
public final class ModifyMultisigSettingsObserver implements Observer<ModifyMultisigSettingsNotification> {

    @Override
    public Class<ModifyMultisigSettingsNotification> notificationType() {
        return ModifyMultisigSettingsNotification.class;
    }

    @Override
    public void notify(ModifyMultisigSettingsNotification notification, ObserverContext context) {
        MultisigDelta delta = MultisigDelta.of(context);
        boolean commit = context.mode() == NotifyMode.COMMIT;
        if (!delta.contains(notification.signer()) && (commit || notification.modificationsCount() == 0)) {
            return;
        }
        MultisigEntry entry = delta.entryOrEmpty(notification.signer());
        int direction = commit ? 1 : -1;
        delta.save(entry.withMinimums(
                (entry.minApproval() + direction * notification.minApprovalDelta()) & 0xFF,
                (entry.minRemoval() + direction * notification.minRemovalDelta()) & 0xFF));
    }
}
