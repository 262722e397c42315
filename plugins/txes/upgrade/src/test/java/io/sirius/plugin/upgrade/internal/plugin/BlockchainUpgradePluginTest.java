package io.sirius.plugin.upgrade.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.kernel.NodeVersion;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.RecordingRegistrar;
import io.sirius.plugin.upgrade.internal.Fixtures;
import io.sirius.plugin.upgrade.internal.validators.BlockchainUpgradeResults;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockchainUpgradePluginTest {

    @Test
    void registersExactlyTheUpgradeFamilyItsCacheAndItsRoute() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();

        // Act
        new BlockchainUpgradePlugin().register(registrar);

        // Assert
        assertEquals(List.of("plugin:catapult.plugins.upgrade"), registrar.configNames());
        assertEquals(List.of("Blockchain_Upgrade 0x4158 v1..1"), registrar.transactionNames());
        assertEquals(List.of("Failure_BlockchainUpgrade_Invalid_Signer", "Failure_BlockchainUpgrade_Upgrade_Period_Too_Low",
                "Failure_BlockchainUpgrade_Redundant", "Failure_BlockchainUpgrade_Invalid_Current_Version",
                "Failure_BlockchainUpgrade_Plugin_Config_Malformed", "Failure_BlockchainUpgrade_Version_Lower_Than_Current",
                "Failure_BlockchainUpgrade_Upgrade_Period_Too_High"), registrar.resultNames());
        assertEquals(List.of(0x80580001, 0x80580002, 0x80580003, 0x80580004, 0x80580005, 0x80580064, 0x80580065),
                registrar.resultValues());
        assertEquals(List.of("BlockchainUpgradePeriodValidator"), registrar.statelessValidatorNames());
        assertEquals(List.of("BlockchainUpgradeSignerValidator", "BlockchainUpgradeRedundancyValidator",
                "BlockchainUpgradeVersionValidator", "BlockchainVersionValidator"), registrar.statefulValidatorNames());
        assertEquals(List.of("BlockchainUpgradeObserver"), registrar.observerNames());
        assertEquals(List.of("blockchain_upgrade #13"), registrar.cacheNames());
        assertSame(BlockchainUpgradeCache.DESCRIPTOR, registrar.caches().get(0));
        assertEquals(List.of("GET /upgrade/{height}"), registrar.routeNames());
        assertEquals(List.of("cache blockchain_upgrade", "route GET /upgrade/{height}"), registrar.otherNames());
        assertEquals("upgrade", new BlockchainUpgradePlugin().name());
    }

    @Test
    void judgesBlocksAgainstThisNodesVersion() {
        // Arrange: upgrades to this node's version at 10 and to the next build at 20
        BlockchainVersion current = new BlockchainVersion(NodeVersion.CURRENT);
        RecordingRegistrar registrar = new RecordingRegistrar();
        new BlockchainUpgradePlugin().register(registrar);
        @SuppressWarnings("unchecked")
        StatefulValidator<BlockNotification> validator = (StatefulValidator<BlockNotification>) registrar.statefulValidators()
                .stream().filter(v -> v.notificationType() == BlockNotification.class).findFirst().orElseThrow();
        var state = Fixtures.withUpgrade(Fixtures.withUpgrade(Fixtures.state(), 10, current), 20,
                new BlockchainVersion(NodeVersion.CURRENT + 1));

        // Act
        ResultCode atTen = validator.validate(block(10), ContextBuilder.context().state(state).height(10).stateful());
        ResultCode atTwenty = validator.validate(block(20), ContextBuilder.context().state(state).height(20).stateful());

        // Assert
        assertEquals(ResultCodes.SUCCESS, atTen);
        assertEquals(BlockchainUpgradeResults.INVALID_CURRENT_VERSION, atTwenty);
    }

    private static BlockNotification block(long height) {
        return new BlockNotification(PublicKey.ZERO, PublicKey.ZERO, new Height(height), new Timestamp(0), new Amount(0), 0, 1);
    }
}
