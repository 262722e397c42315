package io.sirius.plugin.config.internal.plugin;

import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import io.sirius.plugin.config.model.NetworkConfigSignerNotification;
import io.sirius.plugin.config.model.NetworkConfigTransaction;
import io.sirius.plugin.config.model.NetworkConfigTypes;

/**
 * Publishes a Network_Config's notifications: who signed it (only the network key may), then the configuration
 * and the distance to the height it takes effect at.
 */
public final class NetworkConfigTransactionHandler implements TransactionHandler<NetworkConfigTransaction> {

    @Override
    public void publish(NetworkConfigTransaction transaction, TransactionContext context, NotificationSink sink) {
        if (context.version() != NetworkConfigTypes.NETWORK_CONFIG_VERSION) {
            // the kernel accepts only versions the descriptor understands; there is nothing else to publish
            return;
        }
        sink.publish(new NetworkConfigSignerNotification(context.signer()));
        sink.publish(new NetworkConfigNotification(transaction.applyHeightDelta(), transaction.blockChainConfig(),
                transaction.supportedEntityVersions()));
    }
}
