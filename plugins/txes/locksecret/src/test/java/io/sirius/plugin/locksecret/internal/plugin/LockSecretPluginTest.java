package io.sirius.plugin.locksecret.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.plugin.locksecret.internal.config.SecretLockConfig;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.state.SecretLockCache;
import io.sirius.plugin.testkit.PluginCapability;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LockSecretPluginTest {

    private static RecordingRegistrar registered() {
        RecordingRegistrar registrar = new RecordingRegistrar();
        new LockSecretPlugin().register(registrar);
        return registrar;
    }

    @Test
    void registersExactlyTheSecretLockFamily() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals("locksecret", new LockSecretPlugin().name());
        assertEquals(List.of("plugin:catapult.plugins.locksecret"), registrar.configNames());
        assertSame(SecretLockConfig.SECTION, registrar.configs().get(0));
        assertEquals(List.of("Secret_Lock 0x4152 v1..1", "Secret_Proof 0x4252 v1..1"), registrar.transactionNames());
        assertTrue(registrar.transactions().stream().allMatch(TransactionDescriptor::embeddable));
        assertEquals(Set.of(LockSecretTypes.SECRET_LOCK, LockSecretTypes.SECRET_PROOF), registrar.transactionJson().keySet());
        assertEquals(List.of("SecretLockHashAlgorithmValidator", "SecretLockDurationValidator", "ProofSecretValidator"),
                registrar.statelessValidatorNames());
        assertEquals(List.of("SecretLockCacheUniqueValidator", "ProofValidator"), registrar.statefulValidatorNames());
        assertEquals(List.of("SecretLockObserver", "ProofObserver"), registrar.observerNames());
        assertEquals(List.of("ProofCreditDerivation", "SecretLockExpiryDerivation"), registrar.derivationNames());
        assertEquals(List.of("secret_lock_info #9"), registrar.cacheNames());
        assertSame(SecretLockCache.DESCRIPTOR, registrar.caches().get(0));
        assertEquals(List.of("GET /account/{accountId}/lock/secret", "GET /lock/secret/{secret}",
                "GET /lock/compositeHash/{compositeHash}"), registrar.routeNames());
        assertEquals(List.of(), registrar.mosaicResolvers());
        assertEquals(List.of(), registrar.addressResolvers());
    }

    @Test
    void declaresSiriussResultCodesUnderTheLockSecretFacility() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        List<Integer> values = registrar.resultValues();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), values.stream().map(v -> v & 0xFFFF).toList());
        assertTrue(values.stream().allMatch(v -> (v & 0xFFFF0000) == 0x80520000));
        assertEquals(0x80520006, values.get(registrar.resultNames().indexOf("Failure_LockSecret_Unknown_Composite_Key")));
    }

    @Test
    void theBundlesCapabilityListsExactlyTheRegisteredTypes() {
        // Act: read as bnd and the OSGi resolver read it, from the manifest bnd wrote into target/classes
        PluginCapability capability = PluginCapability.of(LockSecretPlugin.class);

        // Assert
        assertEquals(new LockSecretPlugin().name(), capability.name());
        assertEquals(registered().transactions().stream().map(t -> t.type().toString()).toList(), capability.types());
    }
}
