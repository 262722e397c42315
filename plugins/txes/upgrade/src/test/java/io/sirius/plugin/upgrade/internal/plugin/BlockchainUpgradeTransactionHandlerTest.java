package io.sirius.plugin.upgrade.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.upgrade.internal.Fixtures;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeSignerNotification;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTransaction;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTypes;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeVersionNotification;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockchainUpgradeTransactionHandlerTest {

    private static List<Notification> publish(int version) {
        List<Notification> out = new ArrayList<>();
        new BlockchainUpgradeTransactionHandler().publish(
                new BlockchainUpgradeTransaction(new BlockDuration(400), BlockchainVersion.of(1, 9, 6, 0)),
                ContextBuilder.context().signer(Fixtures.OTHER_KEY).type(BlockchainUpgradeTypes.BLOCKCHAIN_UPGRADE)
                        .version(version).transaction(),
                out::add);
        return out;
    }

    @Test
    void publishesTheSignerThenTheVersion() {
        // Act
        List<Notification> notifications = publish(1);

        // Assert
        assertEquals(List.of(
                new BlockchainUpgradeSignerNotification(Fixtures.OTHER_KEY),
                new BlockchainUpgradeVersionNotification(new BlockDuration(400), BlockchainVersion.of(1, 9, 6, 0))),
                notifications);
    }

    @Test
    void publishesNothingForAVersionItDoesNotKnow() {
        // Act and Assert
        assertEquals(List.of(), publish(2));
    }
}
