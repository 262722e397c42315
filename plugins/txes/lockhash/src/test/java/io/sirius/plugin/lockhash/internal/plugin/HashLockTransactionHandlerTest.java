package io.sirius.plugin.lockhash.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.model.HashLockDurationNotification;
import io.sirius.plugin.lockhash.model.HashLockMosaicNotification;
import io.sirius.plugin.lockhash.model.HashLockNotification;
import io.sirius.plugin.lockhash.model.HashLockTransaction;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashLockTransactionHandlerTest {

    @Test
    void publishesSiriussNotificationsInSiriussOrder() {
        // Arrange
        UnresolvedMosaic mosaic = new UnresolvedMosaic(new UnresolvedMosaicId(7), new Amount(500));
        var lock = new HashLockTransaction(mosaic, new BlockDuration(12), Fixtures.AGGREGATE);
        List<Notification> published = new ArrayList<>();

        // Act
        new HashLockTransactionHandler().publish(lock, ContextBuilder.context().signer(Fixtures.OWNER)
                .type(LockHashTypes.HASH_LOCK).transaction(), published::add);

        // Assert
        assertEquals(List.of(
                new HashLockDurationNotification(new BlockDuration(12)),
                new HashLockMosaicNotification(mosaic),
                new BalanceDebitNotification(Fixtures.OWNER, new UnresolvedMosaicId(7), new Amount(500)),
                new HashLockNotification(Fixtures.OWNER, mosaic, new BlockDuration(12), Fixtures.AGGREGATE)), published);
    }
}
