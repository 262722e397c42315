package io.sirius.plugin.aggregate.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.aggregate.internal.config.AggregateConfig;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import io.sirius.plugin.aggregate.model.AggregateEmbeddedTransactionNotification;
import io.sirius.plugin.aggregate.model.AggregateResults;
import io.sirius.plugin.aggregate.model.AggregateTransactionTypeNotification;
import io.sirius.plugin.testkit.PluginCapability;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AggregatePluginTest {

    private static RecordingRegistrar registered() {
        RecordingRegistrar registrar = new RecordingRegistrar();
        new AggregatePlugin().register(registrar);
        return registrar;
    }

    @Test
    void registersExactlyTheAggregateFamily() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert: top-level only, no state, no JSON (the REST bundle shows aggregates itself)
        assertEquals("aggregate", new AggregatePlugin().name());
        assertEquals(List.of("plugin:catapult.plugins.aggregate"), registrar.configNames());
        assertSame(AggregateConfig.SECTION, registrar.configs().get(0));
        assertEquals(List.of("Aggregate_Complete 0x4141 v2..3", "Aggregate_Bonded 0x4241 v2..3",
                "Aggregate_Complete_V2 0x4341 v1..1", "Aggregate_Bonded_V2 0x4441 v1..1"), registrar.transactionNames());
        assertTrue(registrar.transactions().stream().noneMatch(TransactionDescriptor::embeddable));
        assertEquals(Set.of(), registrar.transactionJson().keySet());
        assertEquals(List.of(), registrar.statelessValidatorNames());
        assertEquals(List.of("BasicAggregateCosignaturesValidator", "StrictAggregateCosignaturesValidator",
                "AggregateEligibleCosignersValidator", "AggregateTransactionTypeValidator",
                "AggregateSufficientCosignersValidator"), registrar.statefulValidatorNames());
        assertEquals(List.of(), registrar.observerNames());
        assertEquals(List.of(), registrar.derivationNames());
        assertEquals(List.of(), registrar.otherNames());
    }

    @Test
    void bothAggregateTypesMayHaveDeadlinesUpToTheBondedLifetime() {
        // Arrange: the section in force says 36h
        AggregateConfig config = new AggregateConfig(1_000, 15, false, true, java.time.Duration.ofHours(36), true);
        io.sirius.api.config.SectionReader inForce = new io.sirius.api.config.SectionReader() {
            @Override
            @SuppressWarnings("unchecked")
            public <C> C config(io.sirius.api.config.ConfigSection<C> section) {
                assertSame(AggregateConfig.SECTION, section);
                return (C) config;
            }
        };

        // Act
        List<java.time.Duration> limits = registered().transactions().stream()
                .map(t -> t.lifetime().maxLifetime(inForce)).toList();

        // Assert
        assertEquals(java.util.Collections.nCopies(4, java.time.Duration.ofHours(36)), limits);
    }

    @Test
    void eachDescriptorReadsItsOwnCosignatureWidth() {
        // Act
        List<Integer> widths = registered().transactions().stream()
                .map(t -> ((AggregateTransactionCodec) t.codec()).cosignatureSize()).toList();

        // Assert
        assertEquals(List.of(96, 96, 97, 97), widths);
    }

    @Test
    void judgesTheCosignerNotificationsInSiriussOrder() {
        // Act
        List<StatefulValidator<?>> validators = registered().statefulValidators();

        // Assert: on the cosignatures notification, ineligible (strict, then plain) after the basic limits
        assertEquals(List.of("BasicAggregateCosignaturesValidator", "StrictAggregateCosignaturesValidator",
                "AggregateEligibleCosignersValidator"), validators.stream()
                .filter(v -> v.notificationType() == AggregateCosignaturesNotification.class)
                .map(StatefulValidator::name).toList());
        assertEquals(List.of("AggregateSufficientCosignersValidator"), validators.stream()
                .filter(v -> v.notificationType() == AggregateEmbeddedTransactionNotification.class)
                .map(StatefulValidator::name).toList());
        assertEquals(List.of("AggregateTransactionTypeValidator"), validators.stream()
                .filter(v -> v.notificationType() == AggregateTransactionTypeNotification.class)
                .map(StatefulValidator::name).toList());
    }

    @Test
    void declaresSiriussResultCodesWithTheValuesThePartialCacheRecognises() {
        // Act
        RecordingRegistrar registrar = registered();

        // Assert
        assertEquals(List.of("Failure_Aggregate_Too_Many_Transactions", "Failure_Aggregate_No_Transactions",
                "Failure_Aggregate_Too_Many_Cosignatures", "Failure_Aggregate_Redundant_Cosignatures",
                "Failure_Aggregate_Plugin_Config_Malformed", "Failure_Aggregate_Bonded_Not_Enabled",
                "Failure_Aggregate_Ineligible_Cosigners", "Failure_Aggregate_Missing_Cosigners"), registrar.resultNames());
        assertEquals(List.of(0x80410001, 0x80410002, 0x80410003, 0x80410004, 0x80410005, 0x80410006, 0x80411001,
                0x80411002), registrar.resultValues());
        assertEquals(ResultCodes.AGGREGATE_INELIGIBLE_COSIGNERS, AggregateResults.INELIGIBLE_COSIGNERS.value());
        assertEquals(ResultCodes.AGGREGATE_MISSING_COSIGNERS, AggregateResults.MISSING_COSIGNERS.value());
        assertFalse(registrar.results().stream().anyMatch(r -> !r.isFailure()));
    }

    @Test
    void theBundlesCapabilityListsExactlyTheRegisteredTypes() {
        // Act: read as bnd and the OSGi resolver read it, from the manifest bnd wrote into target/classes
        PluginCapability capability = PluginCapability.of(AggregatePlugin.class);

        // Assert
        assertEquals(new AggregatePlugin().name(), capability.name());
        assertEquals(registered().transactions().stream().map(t -> t.type().toString()).toList(), capability.types());
    }
}
