package io.sirius.plugin.multisig.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.notification.TransactionNotification;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import io.sirius.plugin.aggregate.model.AggregateEmbeddedTransactionNotification;
import io.sirius.plugin.multisig.internal.config.MultisigConfig;
import io.sirius.plugin.multisig.internal.rest.ModifyMultisigAccountTransactionJson;
import io.sirius.plugin.multisig.model.MultisigTypes;
import io.sirius.plugin.multisig.state.MultisigCache;
import io.sirius.plugin.testkit.PluginCapability;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultisigPluginTest {

    private static RecordingRegistrar registered() {
        RecordingRegistrar registrar = new RecordingRegistrar();
        new MultisigPlugin().register(registrar);
        return registrar;
    }

    @Test
    void registersExactlyTheMultisigFamily() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals("multisig", new MultisigPlugin().name());
        assertEquals(List.of("plugin:catapult.plugins.multisig"), registrar.configNames());
        assertSame(MultisigConfig.SECTION, registrar.configs().get(0));
        assertEquals(List.of("Modify_Multisig_Account 0x4155 v3..3"), registrar.transactionNames());
        assertTrue(registrar.transactions().get(0).embeddable());
        assertEquals(Set.of(MultisigTypes.MODIFY_MULTISIG_ACCOUNT), registrar.transactionJson().keySet());
        assertTrue(registrar.transactionJson().get(MultisigTypes.MODIFY_MULTISIG_ACCOUNT)
                instanceof ModifyMultisigAccountTransactionJson);
        assertEquals(List.of("ModifyMultisigEmbeddedOnlyValidator", "ModifyMultisigCosignersValidator"),
                registrar.statelessValidatorNames());
        assertEquals(List.of("MultisigPermittedOperationValidator", "ModifyMultisigMaxCosignedAccountsValidator",
                "ModifyMultisigMaxCosignersValidator", "ModifyMultisigInvalidCosignersValidator",
                "ModifyMultisigInvalidSettingsValidator", "ModifyMultisigLoopAndLevelValidator",
                "MultisigAggregateEligibleCosignersValidator", "MultisigAggregateSufficientCosignersValidator"),
                registrar.statefulValidatorNames());
        assertEquals(List.of("ModifyMultisigCosignersObserver", "ModifyMultisigSettingsObserver"),
                registrar.observerNames());
        assertEquals(List.of("multisig #7"), registrar.cacheNames());
        assertSame(MultisigCache.DESCRIPTOR, registrar.caches().get(0));
        assertEquals(List.of("GET /account/{accountId}/multisig", "GET /account/{accountId}/multisig/graph"),
                registrar.routeNames());
        assertEquals(List.of(), registrar.derivationNames());
        assertEquals(List.of(), registrar.mosaicResolvers());
        assertEquals(List.of(), registrar.addressResolvers());
    }

    @Test
    void judgesEveryAggregatesCosignersAndEveryTopLevelSigner() {
        // Act
        List<StatefulValidator<?>> validators = registered().statefulValidators();

        // Assert
        assertEquals(List.of(TransactionNotification.class, AggregateCosignaturesNotification.class,
                AggregateEmbeddedTransactionNotification.class), validators.stream()
                .map(StatefulValidator::notificationType)
                .filter(t -> t.getPackageName().startsWith("io.sirius.api") || t.getPackageName().contains("aggregate"))
                .toList());
    }

    @Test
    void declaresSiriussResultCodesUnderTheMultisigFacility() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals(List.of("Failure_Multisig_Modify_Account_In_Both_Sets", "Failure_Multisig_Modify_Multiple_Deletes",
                "Failure_Multisig_Modify_Redundant_Modifications", "Failure_Multisig_Modify_Unknown_Multisig_Account",
                "Failure_Multisig_Modify_Not_A_Cosigner", "Failure_Multisig_Modify_Already_A_Cosigner",
                "Failure_Multisig_Modify_Min_Setting_Out_Of_Range",
                "Failure_Multisig_Modify_Min_Setting_Larger_Than_Num_Cosignatories",
                "Failure_Multisig_Modify_Unsupported_Modification_Type", "Failure_Multisig_Modify_Max_Cosigned_Accounts",
                "Failure_Multisig_Modify_Max_Cosigners", "Failure_Multisig_Modify_Loop",
                "Failure_Multisig_Modify_Max_Multisig_Depth", "Failure_Multisig_Operation_Not_Permitted_By_Account",
                "Failure_Multisig_Plugin_Config_Malformed"), registrar.resultNames());
        assertEquals(List.of(0x80550001, 0x80550002, 0x80550003, 0x80550004, 0x80550005, 0x80550006, 0x80550007,
                0x80550008, 0x80550009, 0x8055000A, 0x8055000B, 0x8055000C, 0x8055000D, 0x80550800, 0x8055000E),
                registrar.resultValues());
    }

    @Test
    void theBundlesCapabilityListsExactlyTheRegisteredTypes() {
        // Act: read as bnd and the OSGi resolver read it, from the manifest bnd wrote into target/classes
        PluginCapability capability = PluginCapability.of(MultisigPlugin.class);

        // Assert
        assertEquals(new MultisigPlugin().name(), capability.name());
        assertEquals(registered().transactions().stream().map(t -> t.type().toString()).toList(), capability.types());
    }
}
