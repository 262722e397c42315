package io.sirius.plugin.lockhash.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.plugin.lockhash.internal.config.HashLockConfig;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockhash.state.HashLockCache;
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
        assertEquals(new LockHashPlugin().name(), plugin.get(SiriusPlugin.NAMESPACE));
        List<String> types = registered().transactions().stream().map(t -> t.type().toString()).toList();
        assertEquals(types, Arrays.asList(plugin.get(SiriusPlugin.TYPES_ATTRIBUTE).split(",")));
    }
}
