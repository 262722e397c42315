package io.sirius.plugin.config.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import io.sirius.plugin.config.model.NetworkConfigSignerNotification;
import io.sirius.plugin.config.model.NetworkConfigTransaction;
import io.sirius.plugin.config.model.NetworkConfigTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkConfigTransactionHandlerTest {

    private static List<Notification> publish(NetworkConfigTransaction transaction, int version) {
        List<Notification> out = new ArrayList<>();
        new NetworkConfigTransactionHandler().publish(transaction, ContextBuilder.context().signer(Fixtures.OTHER_KEY)
                .type(NetworkConfigTypes.NETWORK_CONFIG).version(version).transaction(), out::add);
        return out;
    }

    @Test
    void publishesTheSignerThenTheConfiguration() {
        // Arrange
        NetworkConfigTransaction transaction = new NetworkConfigTransaction(new BlockDuration(360),
                new byte[] {'a', 'b'}, new byte[] {'{', '}'});

        // Act
        List<Notification> notifications = publish(transaction, 1);

        // Assert
        assertEquals(List.of(
                new NetworkConfigSignerNotification(Fixtures.OTHER_KEY),
                new NetworkConfigNotification(new BlockDuration(360), new byte[] {'a', 'b'}, new byte[] {'{', '}'})),
                notifications);
    }

    @Test
    void publishesNothingForAVersionItDoesNotKnow() {
        // Act
        List<Notification> notifications = publish(
                new NetworkConfigTransaction(new BlockDuration(1), new byte[0], new byte[0]), 2);

        // Assert
        assertEquals(List.of(), notifications);
    }
}
