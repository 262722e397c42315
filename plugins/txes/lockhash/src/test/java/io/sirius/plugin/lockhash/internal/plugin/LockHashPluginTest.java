package io.sirius.plugin.lockhash.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.plugin.lockhash.internal.config.HashLockConfig;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockhash.state.HashLockCache;
import io.sirius.plugin.testkit.PluginCapability;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LockHashPluginTest {

    private static RecordingRegistrar registered() {
        RecordingRegistrar registrar = new RecordingRegistrar();
        new LockHashPlugin().register(registrar);
        return registrar;
    }

    @Test
    void registersExactlyTheHashLockFamily() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals("lockhash", new LockHashPlugin().name());
        assertEquals(List.of("plugin:catapult.plugins.lockhash"), registrar.configNames());
        assertSame(HashLockConfig.SECTION, registrar.configs().get(0));
        assertEquals(List.of("Hash_Lock 0x4148 v1..1"), registrar.transactionNames());
        assertTrue(registrar.transactions().get(0).embeddable());
        assertEquals(Set.of(LockHashTypes.HASH_LOCK), registrar.transactionJson().keySet());
        assertEquals(List.of("HashLockDurationValidator"), registrar.statelessValidatorNames());
        assertEquals(List.of("HashLockMosaicValidator", "AggregateHashPresentValidator", "HashLockCacheUniqueValidator"),
                registrar.statefulValidatorNames());
        assertEquals(List.of("HashLockObserver", "CompletedAggregateObserver"), registrar.observerNames());
        assertEquals(List.of("CompletedAggregateDerivation", "HashLockExpiryDerivation"), registrar.derivationNames());
        assertEquals(List.of("hash_lock_info #8"), registrar.cacheNames());
        assertSame(HashLockCache.DESCRIPTOR, registrar.caches().get(0));
        assertEquals(List.of("GET /account/{accountId}/lock/hash", "GET /lock/hash/{hash}"), registrar.routeNames());
        assertEquals(List.of(), registrar.mosaicResolvers());
        assertEquals(List.of(), registrar.addressResolvers());
    }

    @Test
    void declaresSiriussResultCodesUnderTheLockHashFacility() {
        // Act
        List<Integer> values = registered().resultValues();

        // Assert
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), values.stream().map(v -> v & 0xFFFF).toList());
        assertTrue(values.stream().allMatch(v -> (v & 0xFFFF0000) == 0x80480000));
    }

    @Test
    void theBundlesCapabilityListsExactlyTheRegisteredTypes() {
        // Act: read as bnd and the OSGi resolver read it, from the manifest bnd wrote into target/classes
        PluginCapability capability = PluginCapability.of(LockHashPlugin.class);

        // Assert
        assertEquals(new LockHashPlugin().name(), capability.name());
        assertEquals(registered().transactions().stream().map(t -> t.type().toString()).toList(), capability.types());
    }
}
