package io.sirius.plugin.config.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.config.model.NetworkConfigTransaction;
import io.sirius.plugin.config.model.NetworkConfigTypes;

/**
 * Reads and writes the Network_Config body, version 1: {@code ApplyHeightDelta u64 | BlockChainConfigSize u16 |
 * SupportedEntityVersionsSize u16 | BlockChainConfig | SupportedEntityVersions}. Each text is read only after the
 * reader has checked that its size fits in what remains, so a lying size field is a {@link DecodeException}, never
 * an allocation.
 */
public final class NetworkConfigTransactionCodec implements TransactionCodec<NetworkConfigTransaction> {

    @Override
    public NetworkConfigTransaction decode(BinaryReader body, int version) {
        requireKnown(version);
        BlockDuration delta = new BlockDuration(body.readI64("ApplyHeightDelta"));
        int configSize = body.readU16("BlockChainConfigSize");
        int entitiesSize = body.readU16("SupportedEntityVersionsSize");
        byte[] config = body.readBytes(configSize, "BlockChainConfig");
        byte[] entities = body.readBytes(entitiesSize, "SupportedEntityVersions");
        return new NetworkConfigTransaction(delta, config, entities);
    }

    @Override
    public void encode(NetworkConfigTransaction transaction, BinaryWriter out, int version) {
        requireKnown(version);
        byte[] config = transaction.blockChainConfig();
        byte[] entities = transaction.supportedEntityVersions();
        out.writeI64(transaction.applyHeightDelta().value());
        out.writeU16(config.length);
        out.writeU16(entities.length);
        out.writeBytes(config);
        out.writeBytes(entities);
    }

    private static void requireKnown(int version) {
        if (version != NetworkConfigTypes.NETWORK_CONFIG_VERSION) {
            throw new DecodeException("Network_Config version " + version + " has no known layout");
        }
    }
}
