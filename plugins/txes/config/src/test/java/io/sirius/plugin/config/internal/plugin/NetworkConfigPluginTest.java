package io.sirius.plugin.config.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.result.ResultCode;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.kernel.config.PluginConfigCheck;
import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.config.internal.validators.NetworkConfigPluginCheckValidator;
import io.sirius.plugin.config.internal.validators.NetworkConfigResults;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NetworkConfigPluginTest {
    private static final PluginConfigCheck NO_PROBLEMS = (configuration, current) -> List.of();

    @Test
    void registersExactlyTheNetworkConfigFamilyAndNoCache() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();

        // Act
        new NetworkConfigPlugin(NO_PROBLEMS).register(registrar);

        // Assert
        assertEquals(List.of("plugin:catapult.plugins.config"), registrar.configNames());
        assertEquals(List.of("Network_Config 0x4159 v1..1"), registrar.transactionNames());
        assertEquals(List.of(
                "Failure_NetworkConfig_Invalid_Signer",
                "Failure_NetworkConfig_BlockChain_Config_Too_Large",
                "Failure_NetworkConfig_Config_Redundant",
                "Failure_NetworkConfig_BlockChain_Config_Malformed",
                "Failure_NetworkConfig_Plugin_Config_Malformed",
                "Failure_NetworkConfig_SupportedEntityVersions_Config_Too_Large",
                "Failure_NetworkConfig_SupportedEntityVersions_Config_Malformed",
                "Failure_NetworkConfig_Network_Config_Trx_Cannot_Be_Unsupported",
                "Failure_NetworkConfig_Plugin_Config_Missing",
                "Failure_NetworkConfig_ImportanceGrouping_Less_Or_Equal_Half_MaxRollbackBlocks",
                "Failure_NetworkConfig_HarvestBeneficiaryPercentage_Exceeds_One_Hundred",
                "Failure_NetworkConfig_MaxMosaicAtomicUnits_Invalid",
                "Failure_NetworkConfig_ApplyHeightDelta_Zero",
                "Failure_NetworkConfig_Block_Generation_Time_Zero_Public",
                "Failure_NetworkConfig_AccountVersion_Less_Than_Minimum",
                "Failure_NetworkConfig_MinimumAccountVersion_Less_Than_Current",
                "Failure_NetworkConfig_AccountVersion_Less_Than_Current",
                "Failure_NetworkConfig_Interval_Must_Change_After_Reward_Tier",
                "Failure_NetworkConfig_Interval_Must_Not_Be_Zero",
                "Failure_NetworkConfig_ApplyHeight_In_The_Past",
                "Failure_NetworkConfig_Required_Plugins_Not_Matching",
                "Failure_NetworkConfig_Weighted_Voting_And_Dbrb_Fast_Finality_Both_Enabled"), registrar.resultNames());
        assertEquals(IntStream.rangeClosed(1, 22).map(code -> 0x80590000 | code).boxed().toList(), registrar.resultValues());
        assertEquals(List.of("NetworkConfigApplyHeightValidator", "NetworkConfigSizeValidator",
                "NetworkConfigSupportedEntitiesValidator", "NetworkConfigTextValidator"), registrar.statelessValidatorNames());
        assertEquals(List.of("NetworkConfigSignerValidator", "NetworkConfigRedundancyValidator",
                "NetworkConfigPluginSectionsValidator", "NetworkConfigPluginCheckValidator"), registrar.statefulValidatorNames());
        assertEquals(List.of("NetworkConfigObserver"), registrar.observerNames());
        assertEquals(List.of(), registrar.otherNames());
        assertEquals("config", new NetworkConfigPlugin(NO_PROBLEMS).name());
    }

    @Test
    void handsTheInjectedCheckToItsValidator() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();
        new NetworkConfigPlugin((configuration, current) -> List.of("[plugin:catapult.plugins.transfer] is wrong"))
                .register(registrar);
        @SuppressWarnings("unchecked")
        StatefulValidator<NetworkConfigNotification> validator = (StatefulValidator<NetworkConfigNotification>)
                registrar.statefulValidators().stream()
                        .filter(v -> v instanceof NetworkConfigPluginCheckValidator).findFirst().orElseThrow();
        NetworkConfigNotification notification = Fixtures.notification(10, Fixtures.config(Fixtures.NETWORK_KEY),
                Fixtures.ENTITIES);

        // Act
        ResultCode result = validator.validate(notification, ContextBuilder.context()
                .state(Fixtures.state(Fixtures.entry(1, Fixtures.NETWORK_KEY))).stateful());

        // Assert
        assertEquals(NetworkConfigResults.PLUGIN_CONFIG_MALFORMED, result);
    }

    @Test
    void needsTheKernelsCheck() {
        // Act and Assert
        assertThrows(NullPointerException.class, () -> new NetworkConfigPlugin(null));
    }
}
