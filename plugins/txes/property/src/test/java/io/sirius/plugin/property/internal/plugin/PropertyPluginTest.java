package io.sirius.plugin.property.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.plugin.property.internal.config.PropertyConfig;
import io.sirius.plugin.property.model.PropertyTypes;
import io.sirius.plugin.property.state.PropertyCache;
import io.sirius.plugin.testkit.PluginCapability;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PropertyPluginTest {

    private static RecordingRegistrar registered() {
        RecordingRegistrar registrar = new RecordingRegistrar();
        new PropertyPlugin().register(registrar);
        return registrar;
    }

    @Test
    void registersExactlyThePropertyFamilyWithSiriussNames() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals("property", new PropertyPlugin().name());
        assertEquals(List.of("plugin:catapult.plugins.property"), registrar.configNames());
        assertSame(PropertyConfig.SECTION, registrar.configs().get(0));
        assertEquals(List.of("Address_Property 0x4150 v1..1", "Mosaic_Property 0x4250 v1..1",
                "Transaction_Type_Property 0x4350 v1..1"), registrar.transactionNames());
        assertTrue(registrar.transactions().stream().allMatch(TransactionDescriptor::embeddable));
        assertEquals(Set.of(PropertyTypes.ADDRESS_PROPERTY, PropertyTypes.MOSAIC_PROPERTY,
                PropertyTypes.TRANSACTION_TYPE_PROPERTY), registrar.transactionJson().keySet());
        assertEquals(List.of("PropertyAddressNoSelfModificationValidator", "PropertyTypeValidator",
                "AddressPropertyModificationTypesValidator", "MosaicPropertyModificationTypesValidator",
                "TransactionTypePropertyModificationTypesValidator", "TransactionTypePropertyModificationValuesValidator"),
                registrar.statelessValidatorNames());
        assertEquals(List.of("AddressPropertyRedundantModificationValidator", "AddressPropertyValueModificationValidator",
                "MaxAddressPropertyValuesValidator", "AddressInteractionValidator",
                "MosaicPropertyRedundantModificationValidator", "MosaicPropertyValueModificationValidator",
                "MaxMosaicPropertyValuesValidator", "MosaicRecipientValidator",
                "TransactionTypePropertyRedundantModificationValidator", "TransactionTypePropertyValueModificationValidator",
                "MaxTransactionTypePropertyValuesValidator", "TransactionTypeValidator",
                "TransactionTypeNoSelfBlockingValidator"), registrar.statefulValidatorNames());
        assertEquals(List.of("AddressPropertyValueModificationObserver", "MosaicPropertyValueModificationObserver",
                "TransactionTypePropertyValueModificationObserver"), registrar.observerNames());
        assertEquals(List.of(), registrar.derivationNames());
        assertEquals(List.of("property #10"), registrar.cacheNames());
        assertSame(PropertyCache.DESCRIPTOR, registrar.caches().get(0));
        assertEquals(List.of("GET /account/{accountId}/properties", "POST /account/properties"), registrar.routeNames());
    }

    @Test
    void declaresSiriussResultCodesUnderThePropertyFacility() {
        // Act
        List<Integer> values = registered().resultValues();

        // Assert
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), values.stream().map(v -> v & 0xFFFF).toList());
        assertTrue(values.stream().allMatch(v -> (v & 0xFFFF0000) == 0x80500000));
    }

    @Test
    void theBundlesCapabilityListsExactlyTheRegisteredTypes() {
        // Act: read as bnd and the OSGi resolver read it, from the manifest bnd wrote into target/classes
        PluginCapability capability = PluginCapability.of(PropertyPlugin.class);

        // Assert
        assertEquals(new PropertyPlugin().name(), capability.name());
        assertEquals(registered().transactions().stream().map(t -> t.type().toString()).toList(), capability.types());
    }
}
