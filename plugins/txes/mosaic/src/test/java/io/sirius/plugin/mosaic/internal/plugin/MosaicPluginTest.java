package io.sirius.plugin.mosaic.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.MosaicRequiredNotification;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.internal.validators.ProperMosaicValidator;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicRentalFeeNotification;
import io.sirius.plugin.mosaic.model.MosaicTypes;
import io.sirius.plugin.testkit.PluginCapability;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MosaicPluginTest {

    private static RecordingRegistrar registered() {
        RecordingRegistrar registrar = new RecordingRegistrar();
        new MosaicPlugin().register(registrar);
        return registrar;
    }

    @Test
    void registersExactlyTheMosaicFamily() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals("mosaic", new MosaicPlugin().name());
        assertEquals(List.of("plugin:catapult.plugins.mosaic"), registrar.configNames());
        assertSame(MosaicConfig.SECTION, registrar.configs().get(0));
        assertEquals(List.of("Mosaic_Definition 0x414D v3..3", "Mosaic_Supply_Change 0x424D v2..2",
                "Mosaic_Modify_Levy 0x434D v1..1", "Mosaic_Remove_Levy 0x444D v1..1"), registrar.transactionNames());
        assertTrue(registrar.transactions().stream().allMatch(TransactionDescriptor::embeddable));
        assertEquals(Set.of(MosaicTypes.MOSAIC_DEFINITION, MosaicTypes.MOSAIC_SUPPLY_CHANGE, MosaicTypes.MOSAIC_MODIFY_LEVY,
                MosaicTypes.MOSAIC_REMOVE_LEVY), registrar.transactionJson().keySet());
        assertEquals(List.of("MosaicIdValidator", "MosaicPropertiesValidator", "MosaicSupplyChangeValidator"),
                registrar.statelessValidatorNames());
        assertEquals(List.of("ProperMosaicValidator", "MosaicAvailabilityValidator", "MosaicDurationValidator",
                "MosaicTransferValidator", "MaxMosaicsBalanceTransferValidator", "MaxMosaicsSupplyChangeValidator",
                "MosaicActiveValidator", "MosaicSupplyChangeAllowedValidator", "MosaicModifyLevyValidator",
                "MosaicRemoveLevyValidator", "MosaicLevyTransferValidator"), registrar.statefulValidatorNames());
        assertEquals(List.of("MosaicDefinitionObserver", "MosaicSupplyChangeObserver", "MosaicModifyLevyObserver",
                "MosaicRemoveLevyObserver", "MosaicExpiryReceiptObserver"), registrar.observerNames());
        assertEquals(List.of("RentalFeeTransfers", "LevyTransfers"), registrar.derivationNames());
        assertEquals(List.of("mosaic #6", "mosaic_levy #19"), registrar.cacheNames());
        assertSame(MosaicCache.DESCRIPTOR, registrar.caches().get(0));
        assertSame(LevyCache.DESCRIPTOR, registrar.caches().get(1));
        assertEquals(List.of("mosaic_by_height", "mosaic_by_owner", "mosaic_by_supply", "mosaic_by_expiry"),
                registrar.indexNames());
        assertEquals(List.of("GET /mosaic/{mosaicId}", "POST /mosaic", "GET /mosaic/{mosaicId}/levy",
                "GET /mosaic/{mosaicId}/richlist", "GET /mosaics"), registrar.routeNames());
        assertEquals(List.of(), registrar.mosaicResolvers());
        assertEquals(List.of(), registrar.addressResolvers());
    }

    @Test
    void derivesTheRentalFeeFromItsNotificationAndLeviesFromEveryCoreTransfer() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals(List.of(MosaicRentalFeeNotification.class, BalanceTransferNotification.class),
                registrar.derivations().stream().map(NotificationDerivation::notificationType).toList());
    }

    @Test
    void judgesTheApisMosaicRequiredNotification() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals(List.of(ProperMosaicValidator.class), registrar.statefulValidators().stream()
                .filter(v -> v.notificationType() == MosaicRequiredNotification.class).map(Object::getClass).toList());
    }

    @Test
    void declaresSiriussResultCodesUnderTheMosaicFacility() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert: a sample of Results.h, by name and value
        List<String> names = registrar.resultNames();
        List<Integer> values = registrar.resultValues();
        List<Integer> codes = values.stream().map(v -> v & 0xFFFF).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 100, 101, 102, 103, 104, 105, 107,
                150, 151, 161, 162, 163, 164, 165, 170, 171), codes);
        assertTrue(values.stream().allMatch(v -> (v & 0xFFFF0000) == 0x804D0000));
        assertEquals(0x804D0001, values.get(names.indexOf("Failure_Mosaic_Invalid_Duration")));
        assertEquals(0x804D0006, values.get(names.indexOf("Failure_Mosaic_Id_Mismatch")));
        assertEquals(0x804D0007, values.get(names.indexOf("Failure_Mosaic_Insufficient_Levy_Balance")));
        assertEquals(0x804D0011, values.get(names.indexOf("Failure_Mosaic_Levy_Not_Enabled")));
        assertEquals(0x804D006B, values.get(names.indexOf("Failure_Mosaic_Invalid_Id")));
        assertEquals(0x804D00A4, values.get(names.indexOf("Failure_Mosaic_Non_Transferable")));
        assertEquals(0x804D00AA, values.get(names.indexOf("Failure_Mosaic_Max_Mosaics_Exceeded")));
        assertEquals(0x804D00AB, values.get(names.indexOf("Failure_Mosaic_Plugin_Config_Malformed")));
        assertEquals(names.size(), new TreeSet<>(values).size());
    }

    @Test
    void theManifestCapabilityListsExactlyTheRegisteredTypes() {
        // Act: read as bnd and the OSGi resolver read it, from the manifest bnd wrote into target/classes
        PluginCapability capability = PluginCapability.of(MosaicPlugin.class);

        // Assert
        assertEquals(new MosaicPlugin().name(), capability.name());
        Set<String> registeredTypes = new TreeSet<>();
        registered().transactions().forEach(t -> registeredTypes.add(t.type().toString()));
        assertEquals(registeredTypes, new TreeSet<>(capability.types()));
    }
}
