package io.sirius.plugin.config.model;

import io.sirius.api.model.BlockDuration;
import java.util.Arrays;
import java.util.Objects;

/**
 * The body of a Network_Config (0x4159): {@code ApplyHeightDelta u64 | BlockChainConfigSize u16 |
 * SupportedEntityVersionsSize u16 | config text | supported-entities JSON}. Both texts are kept as the bytes the
 * transaction carries, so the body re-encodes to exactly what was signed; validators decide whether they are
 * UTF-8 and parse.
 *
 * @param applyHeightDelta how many blocks after the including block the configuration takes effect (uint64)
 * @param blockChainConfig the config-network properties, at most 65535 bytes
 * @param supportedEntityVersions the supported-entities JSON, at most 65535 bytes
 */
public record NetworkConfigTransaction(BlockDuration applyHeightDelta, byte[] blockChainConfig,
        byte[] supportedEntityVersions) {
    /** The most bytes either text may have: its size field is a uint16. */
    public static final int MAX_TEXT_SIZE = 0xFFFF;

    /** Checks and copies the arguments. */
    public NetworkConfigTransaction {
        Objects.requireNonNull(applyHeightDelta, "applyHeightDelta");
        blockChainConfig = blockChainConfig.clone();
        supportedEntityVersions = supportedEntityVersions.clone();
        if (blockChainConfig.length > MAX_TEXT_SIZE || supportedEntityVersions.length > MAX_TEXT_SIZE) {
            throw new IllegalArgumentException("a network config text holds at most " + MAX_TEXT_SIZE + " bytes, not "
                    + Math.max(blockChainConfig.length, supportedEntityVersions.length));
        }
    }

    /** @return a copy of the config text's bytes */
    @Override
    public byte[] blockChainConfig() {
        return blockChainConfig.clone();
    }

    /** @return a copy of the supported-entities bytes */
    @Override
    public byte[] supportedEntityVersions() {
        return supportedEntityVersions.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkConfigTransaction that && applyHeightDelta.equals(that.applyHeightDelta)
                && Arrays.equals(blockChainConfig, that.blockChainConfig)
                && Arrays.equals(supportedEntityVersions, that.supportedEntityVersions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applyHeightDelta, Arrays.hashCode(blockChainConfig), Arrays.hashCode(supportedEntityVersions));
    }

    @Override
    public String toString() {
        return "NetworkConfigTransaction[applyHeightDelta=" + applyHeightDelta + ", blockChainConfigSize="
                + blockChainConfig.length + ", supportedEntityVersionsSize=" + supportedEntityVersions.length + "]";
    }
}
