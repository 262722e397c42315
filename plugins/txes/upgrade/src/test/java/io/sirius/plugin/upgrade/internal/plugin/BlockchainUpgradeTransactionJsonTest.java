package io.sirius.plugin.upgrade.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.testkit.RecordingRegistrar;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTransaction;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTypes;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockchainUpgradeTransactionJsonTest {

    @Test
    void writesTheFieldsTheSdksChainUpgradeTransactionReads() {
        // Arrange
        BlockchainUpgradeTransaction body = new BlockchainUpgradeTransaction(new BlockDuration(360),
                BlockchainVersion.of(1, 9, 6, 0));

        // Act
        Map<String, Object> json = new BlockchainUpgradeTransactionJson().write(body, 1);

        // Assert
        assertEquals(List.of("upgradePeriod", "newBlockchainVersion"), List.copyOf(json.keySet()));
        assertEquals(new Uint64(360), json.get("upgradePeriod"));
        assertEquals(new Uint64(1L << 48 | 9L << 32 | 6L << 16), json.get("newBlockchainVersion"));
    }

    @Test
    void thePluginRegistersItForItsType() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();

        // Act
        new BlockchainUpgradePlugin().register(registrar);

        // Assert
        assertInstanceOf(BlockchainUpgradeTransactionJson.class,
                registrar.transactionJson().get(BlockchainUpgradeTypes.BLOCKCHAIN_UPGRADE));
    }
}
