package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.plugin.testkit.PluginCapability;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamespacePluginTest {

    @Test
    void registersExactlyTheNamespaceFamily() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();

        // Act
        new NamespacePlugin().register(registrar);

        // Assert
        assertEquals("namespace", new NamespacePlugin().name());
        assertEquals(List.of("plugin:catapult.plugins.namespace"), registrar.configNames());
        assertEquals(List.of("Register_Namespace 0x414E v2..2", "Alias_Address 0x424E v1..1", "Alias_Mosaic 0x434E v1..1"),
                registrar.transactionNames());
        assertTrue(registrar.transactions().stream().allMatch(TransactionDescriptor::embeddable));
        assertEquals(List.of("0x414E", "0x424E", "0x434E"),
                registrar.transactionJson().keySet().stream().map(Object::toString).toList());
        assertEquals(List.of(
                "Failure_Namespace_Invalid_Duration", "Failure_Namespace_Invalid_Name", "Failure_Namespace_Name_Id_Mismatch",
                "Failure_Namespace_Expired", "Failure_Namespace_Owner_Conflict", "Failure_Namespace_Id_Mismatch",
                "Failure_Namespace_Plugin_Config_Malformed", "Failure_Namespace_Invalid_Namespace_Type",
                "Failure_Namespace_Root_Name_Reserved", "Failure_Namespace_Too_Deep", "Failure_Namespace_Parent_Unknown",
                "Failure_Namespace_Already_Exists", "Failure_Namespace_Already_Active",
                "Failure_Namespace_Eternal_After_Nemesis_Block", "Failure_Namespace_Max_Children_Exceeded",
                "Failure_Namespace_Alias_Invalid_Action", "Failure_Namespace_Alias_Namespace_Unknown",
                "Failure_Namespace_Alias_Already_Exists", "Failure_Namespace_Alias_Does_Not_Exist",
                "Failure_Namespace_Alias_Owner_Conflict", "Failure_Namespace_Alias_Unlink_Type_Inconsistency",
                "Failure_Namespace_Alias_Unlink_Data_Inconsistency", "Failure_Namespace_Alias_Invalid_Address",
                "Failure_Namespace_Unknown", "Failure_Namespace_Alias_Mosaic_Unknown",
                "Failure_Namespace_Alias_Mosaic_Expired", "Failure_Namespace_Alias_Mosaic_Owner_Conflict"),
                registrar.resultNames());
        // Sirius's numbers: severity 2, facility 0x4E
        assertEquals(List.of(0x804E0001, 0x804E0002, 0x804E0003, 0x804E0004, 0x804E0005, 0x804E0006, 0x804E0007,
                0x804E0064, 0x804E0065, 0x804E0066, 0x804E0067, 0x804E0096, 0x804E0097, 0x804E0098, 0x804E0099,
                0x804E00AA, 0x804E00AB, 0x804E00AC, 0x804E00AD, 0x804E00AE, 0x804E00AF, 0x804E00B0, 0x804E00B1,
                0x804E00C8, 0x804E012C, 0x804E012D, 0x804E012E), registrar.resultValues());
        assertEquals(List.of("NamespaceTypeValidator", "NamespaceNameValidator", "NamespaceNameIdValidator",
                "NamespaceReservedNameValidator", "RootNamespaceDurationValidator", "RootNamespaceEternalValidator",
                "AliasActionValidator"), registrar.statelessValidatorNames());
        assertEquals(List.of("RootNamespaceAvailabilityValidator", "NamespaceDurationOverflowValidator",
                "ChildNamespaceAvailabilityValidator", "RootNamespaceMaxChildrenValidator", "AliasAvailabilityValidator",
                "AddressAliasUnlinkValidator", "AddressAliasAccountValidator", "MosaicAliasUnlinkValidator",
                "AliasMosaicOwnerValidator", "NamespaceRequiredValidator"), registrar.statefulValidatorNames());
        assertEquals(List.of("RootNamespaceObserver", "RootTakeoverChildrenObserver", "RootTakeoverAliasIndexObserver",
                "NamespaceOwnerIndexObserver", "NamespaceExpiryScheduleObserver", "ChildNamespaceObserver",
                "AliasedAddressObserver", "AliasedAddressIndexObserver", "AliasedMosaicObserver", "AliasedMosaicIndexObserver",
                "NamespaceExpiryObserver", "NamespaceExpiryReceiptObserver"), registrar.observerNames());
        assertEquals(List.of("namespace_by_grace_end"), registrar.indexNames());
        assertEquals(List.of("NamespaceRentalFeeDerivation"), registrar.derivationNames());
        assertEquals(List.of("namespace #4"), registrar.cacheNames());
        assertEquals(List.of("GET /namespace/{namespaceId}", "POST /namespace/names", "GET /account/{accountId}/namespaces",
                "POST /account/namespaces", "POST /account/names", "POST /mosaic/names"), registrar.routeNames());
        assertEquals(1, registrar.mosaicResolvers().size());
        assertEquals(1, registrar.addressResolvers().size());
    }

    @Test
    void theBundleCapabilityListsExactlyTheRegisteredTypes() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();
        new NamespacePlugin().register(registrar);

        // Act: read as bnd and the OSGi resolver read it, from the manifest bnd wrote into target/classes
        PluginCapability capability = PluginCapability.of(NamespacePlugin.class);

        // Assert
        assertEquals("namespace", capability.name());
        assertEquals(registrar.transactions().stream().map(t -> t.type().toString()).toList(), capability.types());
    }
}
