package io.sirius.plugin.metadata.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.MosaicRequiredNotification;
import io.sirius.api.notification.NamespaceRequiredNotification;
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

    private static long targetId(MetadataForm form) {
        return switch (form.target()) {
            case ACCOUNT -> 0;
            case MOSAIC -> Fixtures.MOSAIC;
            case NAMESPACE -> Fixtures.NAMESPACE;
        };
    }

    /** What Sirius's handler publishes last for the form: what the target needs, claimed by the target key. */
    private static Notification targetNeeds(MetadataForm form, long targetId) {
        return switch (form.target()) {
            case ACCOUNT -> new AccountPublicKeyNotification(Fixtures.TARGET);
            case MOSAIC -> new MosaicRequiredNotification(Fixtures.TARGET, new UnresolvedMosaicId(targetId));
            case NAMESPACE -> new NamespaceRequiredNotification(Fixtures.TARGET, new NamespaceId(targetId));
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MetadataForm.class)
    void publishesApprovalSizesTheValueKeyedByTheSignersAddressThenWhatTheTargetNeeds(MetadataForm form) {
        // Arrange
        long targetId = targetId(form);
        MetadataTransaction transaction = new MetadataTransaction(Fixtures.TARGET, Fixtures.NAME_KEY, targetId, -2,
                Fixtures.bytes("abcd"), form.extended());

        // Act
        List<Notification> notifications = publish(form, transaction, Fixtures.SIGNER, 1);

        // Assert
        assertEquals(List.of(
                new MetadataTargetApprovalNotification(Fixtures.SIGNER, Fixtures.TARGET),
                new MetadataSizesNotification(-2, 4),
                new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET, Fixtures.NAME_KEY, form.target(), targetId, -2,
                        Fixtures.bytes("abcd"), form.extended(), form.extended()),
                targetNeeds(form, targetId)), notifications);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MetadataForm.class, names = {"MOSAIC", "MOSAIC_EXTENDED"})
    void aMosaicTargetIsRequiredAsTheTransactionNamesItAliasIncluded(MetadataForm form) {
        // Arrange: the id of the namespace prx.xpx, a mosaic alias the mosaic plugin resolves
        long alias = 0xBFFB42A19116BDF6L;
        MetadataTransaction transaction = new MetadataTransaction(Fixtures.TARGET, 1, alias, 1, new byte[1], false);

        // Act
        List<Notification> notifications = publish(form, transaction, Fixtures.TARGET, 1);

        // Assert
        assertEquals(new MosaicRequiredNotification(Fixtures.TARGET, new UnresolvedMosaicId(alias)), notifications.get(3));
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
