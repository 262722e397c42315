package io.sirius.plugin.metadata.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataForm;
import io.sirius.plugin.metadata.model.MetadataSizesNotification;
import io.sirius.plugin.metadata.model.MetadataTargetApprovalNotification;
import io.sirius.plugin.metadata.model.MetadataTransaction;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MetadataTransactionHandlerTest {

    private static List<Notification> publish(MetadataForm form, MetadataTransaction transaction, PublicKey signer, int version) {
        List<Notification> out = new ArrayList<>();
        new MetadataTransactionHandler(form).publish(transaction,
                ContextBuilder.context().signer(signer).type(form.type()).version(version).transaction(), out::add);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MetadataForm.class)
    void publishesApprovalSizesAndTheValueKeyedByTheSignersAddress(MetadataForm form) {
        // Arrange
        long targetId = form.hasTargetId() ? Fixtures.MOSAIC : 0;
        MetadataTransaction transaction = new MetadataTransaction(Fixtures.TARGET, Fixtures.NAME_KEY, targetId, -2,
                Fixtures.bytes("abcd"), form.extended());

        // Act
        List<Notification> notifications = publish(form, transaction, Fixtures.SIGNER, 1);

        // Assert
        List<Notification> expected = new ArrayList<>(List.of(
                new MetadataTargetApprovalNotification(Fixtures.SIGNER, Fixtures.TARGET),
                new MetadataSizesNotification(-2, 4),
                new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET, Fixtures.NAME_KEY, form.target(), targetId, -2,
                        Fixtures.bytes("abcd"), form.extended(), form.extended())));
        if (!form.hasTargetId()) {
            expected.add(new AccountPublicKeyNotification(Fixtures.TARGET));
        }
        assertEquals(expected, notifications);
    }

    @Test
    void carriesAnExtendedFormsFlagAsItIs() {
        // Arrange
        MetadataTransaction mutable = new MetadataTransaction(Fixtures.TARGET, 1, 0, 1, new byte[1], false);

        // Act
        List<Notification> notifications = publish(MetadataForm.ACCOUNT_EXTENDED, mutable, Fixtures.TARGET, 1);

        // Assert
        MetadataValueNotification value = (MetadataValueNotification) notifications.get(2);
        assertEquals(true, value.extended());
        assertEquals(false, value.immutable());
    }

    @Test
    void publishesNothingForAVersionItDoesNotKnow() {
        // Act and Assert
        assertEquals(List.of(), publish(MetadataForm.ACCOUNT,
                new MetadataTransaction(Fixtures.TARGET, 1, 0, 1, new byte[1], false), Fixtures.SIGNER, 2));
    }
}
