package io.sirius.plugin.upgrade.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.kernel.NodeVersion;
import io.sirius.plugin.upgrade.internal.config.BlockchainUpgradeSettings;
import io.sirius.plugin.upgrade.internal.observers.BlockchainUpgradeObserver;
import io.sirius.plugin.upgrade.internal.rest.UpgradeAtHeightRoute;
import io.sirius.plugin.upgrade.internal.validators.BlockchainUpgradePeriodValidator;
import io.sirius.plugin.upgrade.internal.validators.BlockchainUpgradeRedundancyValidator;
import io.sirius.plugin.upgrade.internal.validators.BlockchainUpgradeResults;
import io.sirius.plugin.upgrade.internal.validators.BlockchainUpgradeSignerValidator;
import io.sirius.plugin.upgrade.internal.validators.BlockchainUpgradeVersionValidator;
import io.sirius.plugin.upgrade.internal.validators.BlockchainVersionValidator;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTransaction;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTypes;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import org.osgi.service.component.annotations.Component;

/**
 * The blockchain upgrade family: the network key schedules the node version every node must run from a height on,
 * and a node older than that stops at that height. It owns the BlockchainUpgrade cache and serves
 * {@code GET /upgrade/{height}}.
 */
@SiriusPlugin(value = "upgrade", types = "0x4158")
@Component(service = TransactionPlugin.class)
public final class BlockchainUpgradePlugin implements TransactionPlugin {
    /** The version of the software running this node, which blocks are judged against. */
    private final BlockchainVersion nodeVersion = new BlockchainVersion(NodeVersion.CURRENT);

    @Override
    public String name() {
        return "upgrade";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(BlockchainUpgradeSettings.SECTION);
        registrar.transaction(new TransactionDescriptor<>("Blockchain_Upgrade", BlockchainUpgradeTypes.BLOCKCHAIN_UPGRADE,
                BlockchainUpgradeTypes.BLOCKCHAIN_UPGRADE_VERSION, BlockchainUpgradeTypes.BLOCKCHAIN_UPGRADE_VERSION, true,
                BlockchainUpgradeTransaction.class, new BlockchainUpgradeTransactionCodec(),
                new BlockchainUpgradeTransactionHandler()));
        registrar.results(BlockchainUpgradeResults.values());
        registrar.statelessValidator(new BlockchainUpgradePeriodValidator());
        registrar.statefulValidator(new BlockchainUpgradeSignerValidator());
        registrar.statefulValidator(new BlockchainUpgradeRedundancyValidator());
        registrar.statefulValidator(new BlockchainUpgradeVersionValidator());
        registrar.statefulValidator(new BlockchainVersionValidator(nodeVersion));
        registrar.observer(new BlockchainUpgradeObserver());
        registrar.cache(BlockchainUpgradeCache.DESCRIPTOR);
        registrar.route(UpgradeAtHeightRoute.descriptor());
        registrar.transactionJson(BlockchainUpgradeTypes.BLOCKCHAIN_UPGRADE, new BlockchainUpgradeTransactionJson());
    }
}
