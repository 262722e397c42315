package io.sirius.plugin.multisig.internal.observers;

import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;
import io.sirius.plugin.multisig.state.MultisigEntry;

/**
 * Adds and removes cosignatories (in rollback, removes and adds them back), keeping both sides of each link: the
 * multisig account's cosignatories and each cosignatory's multisig accounts. A cosignatory whose entry says nothing
 * more leaves the cache; the multisig account's own entry keeps its minimums until the settings observer has applied
 * the deltas (unlike Sirius, whose entry of an account losing its last cosignatory is deleted here at once, a deletion
 * its rollback cannot always restore; see the settings validator).
 */
public final class ModifyMultisigCosignersObserver implements Observer<ModifyMultisigCosignersNotification> {

    @Override
    public Class<ModifyMultisigCosignersNotification> notificationType() {
        return ModifyMultisigCosignersNotification.class;
    }

    @Override
    public void notify(ModifyMultisigCosignersNotification notification, ObserverContext context) {
        MultisigDelta delta = MultisigDelta.of(context);
        MultisigEntry multisig = delta.entryOrEmpty(notification.signer());
        boolean commit = context.mode() == NotifyMode.COMMIT;
        for (CosignatoryModification modification : notification.modifications()) {
            if (modification.isAdd() == commit) {
                multisig = delta.link(multisig, modification.cosignatory());
            } else {
                multisig = delta.unlink(multisig, modification.cosignatory());
            }
        }
        delta.save(multisig);
    }
}
