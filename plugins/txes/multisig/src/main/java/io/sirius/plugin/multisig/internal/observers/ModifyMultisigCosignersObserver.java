package io.sirius.plugin.multisig.internal.observers;

import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;
import io.sirius.plugin.multisig.state.MultisigEntry;

/**
 * Adds and removes cosignatories (in rollback, removes and adds them back), keeping both sides of each link: the
 * multisig account's cosignatories and each cosignatory's multisig accounts. An account left without any link leaves
 * the cache at once, as in Sirius: a multisig account that loses its last cosignatory and cosigns nothing is gone
 * before the settings are judged (see the settings validator and observer).
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
        delta.saveLinks(multisig);
    }
}
