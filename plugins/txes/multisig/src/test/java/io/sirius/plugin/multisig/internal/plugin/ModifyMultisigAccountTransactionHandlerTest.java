package io.sirius.plugin.multisig.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.CosignatoryModificationType;
import io.sirius.plugin.multisig.model.ModifyMultisigAccountTransaction;
import io.sirius.plugin.multisig.model.ModifyMultisigCosignersNotification;
import io.sirius.plugin.multisig.model.ModifyMultisigNewCosignerNotification;
import io.sirius.plugin.multisig.model.ModifyMultisigSettingsNotification;
import io.sirius.plugin.multisig.model.ModifyMultisigTopLevelNotification;
import io.sirius.plugin.multisig.model.MultisigTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModifyMultisigAccountTransactionHandlerTest {

    private static List<Notification> publish(ModifyMultisigAccountTransaction transaction, boolean embedded) {
        TransactionContext context = ContextBuilder.context().signer(SdkVectors.A)
                .type(MultisigTypes.MODIFY_MULTISIG_ACCOUNT).version(3).embedded(embedded).transaction();
        List<Notification> out = new ArrayList<>();
        new ModifyMultisigAccountTransactionHandler().publish(transaction, context, out::add);
        return out;
    }

    private static UnresolvedAddress address(io.sirius.api.model.PublicKey key) {
        return Fixtures.address(key).toUnresolved();
    }

    @Test
    void publishesEachModificationThenTheModificationsTheInteractionAndTheSettingsInSiriussOrder() {
        // Arrange: delete C, add D2, add B (B's key sorts before D2's)
        List<CosignatoryModification> modifications = List.of(
                CosignatoryModification.of(CosignatoryModificationType.DEL, SdkVectors.C),
                CosignatoryModification.of(CosignatoryModificationType.ADD, SdkVectors.D2),
                CosignatoryModification.of(CosignatoryModificationType.ADD, SdkVectors.B));
        ModifyMultisigAccountTransaction transaction = new ModifyMultisigAccountTransaction(-1, 2, modifications);

        // Act
        List<Notification> notifications = publish(transaction, true);

        // Assert: removed cosignatories become known too; the interaction lists the added ones in key order
        assertEquals(List.of(
                new AccountPublicKeyNotification(SdkVectors.C),
                new ModifyMultisigNewCosignerNotification(SdkVectors.A, SdkVectors.D2),
                new AccountPublicKeyNotification(SdkVectors.D2),
                new ModifyMultisigNewCosignerNotification(SdkVectors.A, SdkVectors.B),
                new AccountPublicKeyNotification(SdkVectors.B),
                new ModifyMultisigCosignersNotification(SdkVectors.A, modifications),
                new AddressInteractionNotification(SdkVectors.A, MultisigTypes.MODIFY_MULTISIG_ACCOUNT,
                        List.of(address(SdkVectors.B), address(SdkVectors.D2))),
                new ModifyMultisigSettingsNotification(SdkVectors.A, -1, 2, 3)), notifications);
    }

    @Test
    void aSettingsChangeAloneOnlyPublishesTheSettings() {
        // Act
        List<Notification> notifications = publish(new ModifyMultisigAccountTransaction(1, -1, List.of()), true);

        // Assert
        assertEquals(List.of(new ModifyMultisigSettingsNotification(SdkVectors.A, 1, -1, 0)), notifications);
    }

    @Test
    void removalsAloneInteractWithNobody() {
        // Arrange
        List<CosignatoryModification> modifications = List.of(
                CosignatoryModification.of(CosignatoryModificationType.DEL, SdkVectors.C));

        // Act
        List<Notification> notifications = publish(new ModifyMultisigAccountTransaction(-1, -1, modifications), true);

        // Assert
        assertEquals(List.of(
                new AccountPublicKeyNotification(SdkVectors.C),
                new ModifyMultisigCosignersNotification(SdkVectors.A, modifications),
                new ModifyMultisigSettingsNotification(SdkVectors.A, -1, -1, 1)), notifications);
    }

    @Test
    void onItsOwnItFirstSaysItIsTopLevel() {
        // Act
        List<Notification> notifications = publish(new ModifyMultisigAccountTransaction(0, 0, List.of()), false);

        // Assert
        assertEquals(List.of(
                new ModifyMultisigTopLevelNotification(SdkVectors.A),
                new ModifyMultisigSettingsNotification(SdkVectors.A, 0, 0, 0)), notifications);
    }
}
