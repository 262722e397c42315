package io.sirius.plugin.upgrade.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTransaction;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTypes;
import io.sirius.plugin.upgrade.model.BlockchainVersion;

/**
 * Reads and writes the Blockchain_Upgrade body, version 1: {@code UpgradePeriod u64 | NewBlockchainVersion u64}.
 */
public final class BlockchainUpgradeTransactionCodec implements TransactionCodec<BlockchainUpgradeTransaction> {

    @Override
    public BlockchainUpgradeTransaction decode(BinaryReader body, int version) {
        requireKnown(version);
        BlockDuration period = new BlockDuration(body.readI64("UpgradePeriod"));
        return new BlockchainUpgradeTransaction(period, new BlockchainVersion(body.readI64("NewBlockchainVersion")));
    }

    @Override
    public void encode(BlockchainUpgradeTransaction transaction, BinaryWriter out, int version) {
        requireKnown(version);
        out.writeI64(transaction.upgradePeriod().value());
        out.writeI64(transaction.newBlockchainVersion().value());
    }

    private static void requireKnown(int version) {
        if (version != BlockchainUpgradeTypes.BLOCKCHAIN_UPGRADE_VERSION) {
            throw new DecodeException("Blockchain_Upgrade version " + version + " has no known layout");
        }
    }
}
