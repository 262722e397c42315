package io.sirius.plugin.property.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.plugin.property.internal.config.PropertyConfig;
import io.sirius.plugin.property.model.PropertyTypes;
import io.sirius.plugin.property.state.PropertyCache;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Manifest;
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
    void theBundlesCapabilityListsExactlyTheRegisteredTypes() throws IOException {
        // Arrange: bnd writes the manifest, with the @SiriusPlugin capability, into target/classes before the tests run
        Path file = Path.of("target", "classes", "META-INF", "MANIFEST.MF");
        assertTrue(Files.exists(file), "bnd did not write " + file + "; run the build through Maven");
        Manifest manifest;
        try (InputStream in = Files.newInputStream(file)) {
            manifest = new Manifest(in);
        }

        // Act
        Parameters capabilities = new Parameters(manifest.getMainAttributes().getValue("Provide-Capability"));
        Attrs plugin = capabilities.entrySet().stream()
                .filter(e -> e.getKey().replace("~", "").equals(SiriusPlugin.NAMESPACE))
                .map(Map.Entry::getValue).findFirst().orElse(null);

        // Assert
        assertNotNull(plugin, "no " + SiriusPlugin.NAMESPACE + " capability in " + capabilities);
        assertEquals(new PropertyPlugin().name(), plugin.get(SiriusPlugin.NAMESPACE));
        List<String> types = registered().transactions().stream().map(t -> t.type().toString()).toList();
        assertEquals(types, Arrays.asList(plugin.get(SiriusPlugin.TYPES_ATTRIBUTE).split(",")));
    }
}
