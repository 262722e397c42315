package io.sirius.plugin.multisig.internal.plugin;

import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.ModifyMultisigAccountTransaction;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;
import io.sirius.plugin.multisig.model.ModifyMultisigNewCosignerNotification;
import io.sirius.plugin.multisig.model.ModifyMultisigSettingsNotification;
import io.sirius.plugin.multisig.model.ModifyMultisigTopLevelNotification;
import io.sirius.plugin.multisig.state.MultisigEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Publishes a Modify_Multisig_Account's notifications in Sirius's order: for each modification, a new cosigner (adds
 * only) and the cosignatory's key, which becomes known; then the modifications; then, when it adds cosignatories, the
 * signer's interaction with them (their addresses, in key order); then the settings change. Outside an aggregate it
 * first publishes {@link ModifyMultisigTopLevelNotification}, which is refused: Sirius accepts the type embedded only.
 */
public final class ModifyMultisigAccountTransactionHandler implements TransactionHandler<ModifyMultisigAccountTransaction> {

    @Override
    public void publish(ModifyMultisigAccountTransaction transaction, TransactionContext context, NotificationSink sink) {
        PublicKey signer = context.signer();
        if (!context.embedded()) {
            sink.publish(new ModifyMultisigTopLevelNotification(signer));
        }
        List<CosignatoryModification> modifications = transaction.modifications();
        TreeSet<PublicKey> added = new TreeSet<>(MultisigEntry.KEY_ORDER);
        if (!modifications.isEmpty()) {
            for (CosignatoryModification modification : modifications) {
                if (modification.isAdd()) {
                    sink.publish(new ModifyMultisigNewCosignerNotification(signer, modification.cosignatory()));
                    added.add(modification.cosignatory());
                }
                sink.publish(new AccountPublicKeyNotification(modification.cosignatory()));
            }
            sink.publish(new ModifyMultisigCosignersNotification(signer, modifications));
        }
        if (!added.isEmpty()) {
            List<UnresolvedAddress> participants = new ArrayList<>(added.size());
            added.forEach(key -> participants.add(context.addressOf(key).toUnresolved()));
            sink.publish(new AddressInteractionNotification(signer, context.type(), participants));
        }
        sink.publish(new ModifyMultisigSettingsNotification(signer, transaction.minRemovalDelta(),
                transaction.minApprovalDelta(), modifications.size()));
    }
}
