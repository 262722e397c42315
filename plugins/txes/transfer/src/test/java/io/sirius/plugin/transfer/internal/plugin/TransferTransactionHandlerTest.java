package io.sirius.plugin.transfer.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.plugin.transfer.model.TransferMessageNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.transfer.model.TransferMosaicsNotification;
import io.sirius.plugin.transfer.model.TransferTransaction;
import io.sirius.plugin.transfer.model.TransferTypes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferTransactionHandlerTest {
    private static final PublicKey SIGNER = PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");
    private static final UnresolvedAddress RECIPIENT = UnresolvedAddress.of(
            io.sirius.api.model.Hex.decode("907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E"));

    private static final TransactionContext CONTEXT = ContextBuilder.context().signer(SIGNER).type(TransferTypes.TRANSFER)
            .version(3).deadline(new Timestamp(5)).height(2).transaction();

    private static List<Notification> publish(TransferTransaction transfer) {
        List<Notification> out = new ArrayList<>();
        new TransferTransactionHandler().publish(transfer, CONTEXT, out::add);
        return out;
    }

    @Test
    void publishesEveryNotificationOfAFullTransferInOrder() {
        // Arrange
        UnresolvedMosaic a = new UnresolvedMosaic(new UnresolvedMosaicId(1), new Amount(10));
        UnresolvedMosaic b = new UnresolvedMosaic(new UnresolvedMosaicId(2), new Amount(20));
        TransferTransaction transfer = new TransferTransaction(RECIPIENT, new byte[] {0, 'h', 'i'}, List.of(a, b));

        // Act
        List<Notification> notifications = publish(transfer);

        // Assert
        assertEquals(List.of(
                new AccountAddressNotification(RECIPIENT),
                new AddressInteractionNotification(SIGNER, TransferTypes.TRANSFER, List.of(RECIPIENT)),
                new BalanceTransferNotification(SIGNER, RECIPIENT, a.id(), a.amount()),
                new BalanceTransferNotification(SIGNER, RECIPIENT, b.id(), b.amount()),
                new TransferMessageNotification(3),
                new TransferMosaicsNotification(List.of(a, b))), notifications);
    }

    @Test
    void anEmptyTransferOnlyTouchesTheRecipient() {
        // Act
        List<Notification> notifications = publish(new TransferTransaction(RECIPIENT, new byte[0], List.of()));

        // Assert
        assertEquals(List.of(
                new AccountAddressNotification(RECIPIENT),
                new AddressInteractionNotification(SIGNER, TransferTypes.TRANSFER, List.of(RECIPIENT))), notifications);
    }
}
