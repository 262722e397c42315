package io.sirius.plugin.locksecret.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.model.SecretLockDurationNotification;
import io.sirius.plugin.locksecret.model.SecretLockHashAlgorithmNotification;
import io.sirius.plugin.locksecret.model.SecretLockNotification;
import io.sirius.plugin.locksecret.model.SecretLockTransaction;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretLockTransactionHandlerTest {

    @Test
    void publishesSiriussNotificationsInSiriussOrder() {
        // Arrange
        UnresolvedMosaic mosaic = new UnresolvedMosaic(new UnresolvedMosaicId(7), new Amount(500));
        var lock = new SecretLockTransaction(mosaic, new BlockDuration(12), 2, Fixtures.SHA3_SECRET,
                Fixtures.RECIPIENT.toUnresolved());
        List<Notification> published = new ArrayList<>();

        // Act
        new SecretLockTransactionHandler().publish(lock, ContextBuilder.context().signer(Fixtures.OWNER)
                .type(LockSecretTypes.SECRET_LOCK).transaction(), published::add);

        // Assert
        assertEquals(List.of(
                new AccountAddressNotification(Fixtures.RECIPIENT.toUnresolved()),
                new SecretLockDurationNotification(new BlockDuration(12)),
                new SecretLockHashAlgorithmNotification(2),
                new AddressInteractionNotification(Fixtures.OWNER, LockSecretTypes.SECRET_LOCK,
                        List.of(Fixtures.RECIPIENT.toUnresolved())),
                new BalanceDebitNotification(Fixtures.OWNER, new UnresolvedMosaicId(7), new Amount(500)),
                new SecretLockNotification(Fixtures.OWNER, mosaic, new BlockDuration(12), 2, Fixtures.SHA3_SECRET,
                        Fixtures.RECIPIENT.toUnresolved())), published);
    }
}
