package io.sirius.plugin.upgrade.internal.plugin;

import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeSignerNotification;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTransaction;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTypes;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeVersionNotification;

/**
 * Publishes a Blockchain_Upgrade's notifications: who signed it (only the network key may), then the version and the
 * distance to the height it becomes required at.
 */
public final class BlockchainUpgradeTransactionHandler implements TransactionHandler<BlockchainUpgradeTransaction> {

    @Override
    public void publish(BlockchainUpgradeTransaction transaction, TransactionContext context, NotificationSink sink) {
        if (context.version() != BlockchainUpgradeTypes.BLOCKCHAIN_UPGRADE_VERSION) {
            // the kernel accepts only versions the descriptor understands; there is nothing else to publish
            return;
        }
        sink.publish(new BlockchainUpgradeSignerNotification(context.signer()));
        sink.publish(new BlockchainUpgradeVersionNotification(transaction.upgradePeriod(),
                transaction.newBlockchainVersion()));
    }
}
