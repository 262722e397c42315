package io.sirius.plugin.metadata.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataForm;
import io.sirius.plugin.metadata.model.MetadataTransaction;
import io.sirius.plugin.metadata.state.MetadataCache;
import io.sirius.plugin.testkit.PluginCapability;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataPluginTest {

    private static RecordingRegistrar registered() {
        RecordingRegistrar registrar = new RecordingRegistrar();
        new MetadataPlugin().register(registrar);
        return registrar;
    }

    @Test
    void registersExactlyTheMetadataV2FamilyItsCacheAndItsRoutes() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals(List.of("plugin:catapult.plugins.metadata_v2"), registrar.configNames());
        assertEquals(List.of("Account_Metadata_v2 0x413F v1..1", "Mosaic_Metadata_v2 0x423F v1..1",
                "Namespace_Metadata_v2 0x433F v1..1", "Account_Extended_Metadata_v2 0x443F v1..1",
                "Mosaic_Extended_Metadata_v2 0x453F v1..1", "Namespace_Extended_Metadata_v2 0x463F v1..1"),
                registrar.transactionNames());
        assertEquals(List.of("Failure_Metadata_v2_Value_Too_Small", "Failure_Metadata_v2_Value_Too_Large",
                "Failure_Metadata_v2_Value_Size_Delta_Too_Large", "Failure_Metadata_v2_Value_Size_Delta_Mismatch",
                "Failure_Metadata_v2_Value_Change_Irreversible", "Failure_Metadata_v2_Value_Is_Immutable",
                "Failure_Metadata_v2_Target_Approval_Required"), registrar.resultNames());
        assertEquals(List.of(0x803F0001, 0x803F0002, 0x803F0003, 0x803F0004, 0x803F0005, 0x803F0006, 0x803F0064),
                registrar.resultValues());
        assertEquals(List.of("MetadataTargetApprovalValidator", "MetadataSizesValidator"), registrar.statelessValidatorNames());
        assertEquals(List.of("MetadataValueValidator", "MetadataImmutabilityValidator", "MetadataRemovalValidator"),
                registrar.statefulValidatorNames());
        assertEquals(List.of("MetadataValueObserver"), registrar.observerNames());
        assertEquals(List.of(), registrar.derivationNames());
        assertEquals(List.of("metadata_v2 #20"), registrar.cacheNames());
        assertSame(MetadataCache.DESCRIPTOR, registrar.caches().get(0));
        assertEquals(List.of("metadata_v2_by_source", "metadata_v2_by_target_key", "metadata_v2_by_target_id",
                "metadata_v2_by_scoped_key"), registrar.indexNames());
        assertEquals(List.of("GET /metadata_v2/{compositeHash}", "POST /metadata_v2", "GET /metadata_v2"),
                registrar.routeNames());
        assertEquals("metadata_v2", new MetadataPlugin().name());
    }

    @Test
    void eachTypeHasACodecHandlerAndJsonOfItsOwnForm() {
        // Arrange
        RecordingRegistrar registrar = registered();

        // Act and Assert: each registered codec reads what the codec of the form with that type writes
        for (MetadataForm form : MetadataForm.values()) {
            @SuppressWarnings("unchecked")
            TransactionDescriptor<MetadataTransaction> descriptor = (TransactionDescriptor<MetadataTransaction>) registrar
                    .transactions().stream().filter(t -> t.type().equals(form.type())).findFirst().orElseThrow();
            MetadataTransaction transaction = new MetadataTransaction(Fixtures.TARGET, 7, form.hasTargetId() ? 9 : 0, 1,
                    new byte[] {1}, form.extended());
            BinaryWriter out = new BinaryWriter();
            new MetadataTransactionCodec(form).encode(transaction, out, 1);
            assertTrue(descriptor.embeddable());
            assertEquals(MetadataTransaction.class, descriptor.bodyType());
            assertEquals(transaction, descriptor.codec().decode(BinaryReader.of(out.toByteArray()), 1), form.name());
            assertEquals(new MetadataTransactionJson(form).write(transaction, 1),
                    ((MetadataTransactionJson) registrar.transactionJson().get(form.type())).write(transaction, 1));
        }
        assertEquals(6, registrar.transactionJson().size());
    }

    @Test
    void theBundlesCapabilityListsExactlyTheRegisteredTypes() {
        // Act: read as bnd and the OSGi resolver read it, from the manifest bnd wrote into target/classes
        PluginCapability capability = PluginCapability.of(MetadataPlugin.class);

        // Assert
        assertEquals(new MetadataPlugin().name(), capability.name());
        assertEquals(registered().transactions().stream().map(t -> t.type().toString()).toList(), capability.types());
    }
}
