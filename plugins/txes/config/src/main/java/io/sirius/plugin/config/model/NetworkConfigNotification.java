package io.sirius.plugin.config.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.notification.Notification;
import java.util.Arrays;
import java.util.Objects;

/**
 * A network configuration scheduled for {@code applyHeightDelta} blocks after the current one, with its two texts
 * as the transaction carries them.
 *
 * @param applyHeightDelta the distance to the height the configuration takes effect at (uint64)
 * @param blockChainConfig the config-network properties' bytes
 * @param supportedEntityVersions the supported-entities JSON's bytes
 */
public record NetworkConfigNotification(BlockDuration applyHeightDelta, byte[] blockChainConfig,
        byte[] supportedEntityVersions) implements Notification {

    /** Checks and copies the arguments. */
    public NetworkConfigNotification {
        Objects.requireNonNull(applyHeightDelta, "applyHeightDelta");
        blockChainConfig = blockChainConfig.clone();
        supportedEntityVersions = supportedEntityVersions.clone();
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

    /** @return the config text's size in bytes, as the transaction's BlockChainConfigSize says */
    public int blockChainConfigSize() {
        return blockChainConfig.length;
    }

    /** @return the supported entities' size in bytes, as the transaction's SupportedEntityVersionsSize says */
    public int supportedEntityVersionsSize() {
        return supportedEntityVersions.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkConfigNotification that && applyHeightDelta.equals(that.applyHeightDelta)
                && Arrays.equals(blockChainConfig, that.blockChainConfig)
                && Arrays.equals(supportedEntityVersions, that.supportedEntityVersions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applyHeightDelta, Arrays.hashCode(blockChainConfig), Arrays.hashCode(supportedEntityVersions));
    }

    @Override
    public String toString() {
        return "NetworkConfigNotification[applyHeightDelta=" + applyHeightDelta + ", blockChainConfigSize="
                + blockChainConfig.length + ", supportedEntityVersionsSize=" + supportedEntityVersions.length + "]";
    }
}
