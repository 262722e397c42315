package io.sirius.plugin.aggregate.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AggregateConfigTest {
    /** Sirius's resources/config-network.properties section. */
    static final Map<String, String> SIRIUS = Map.of(
            "maxTransactionsPerAggregate", "1'000",
            "maxCosignaturesPerAggregate", "15",
            "enableStrictCosignatureCheck", "false",
            "enableBondedAggregateSupport", "true",
            "maxBondedTransactionLifetime", "48h",
            "strictSigner", "true");

    private static AggregateConfig parse(Map<String, String> values) {
        return AggregateConfig.parse(new ConfigProperties(AggregateConfig.SECTION.sectionName(), values));
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> values = new HashMap<>(SIRIUS);
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return values;
    }

    @Test
    void readsSiriussDefaults() {
        // Act and Assert
        assertEquals(new AggregateConfig(1000, 15, false, true, Duration.ofHours(48), true), parse(SIRIUS));
        assertEquals("plugin:catapult.plugins.aggregate", AggregateConfig.SECTION.sectionName());
    }

    @Test
    void strictSignerIsOptionalAndTrueWhenAbsent() {
        // Act and Assert
        assertTrue(parse(with("strictSigner", null)).strictSigner());
        assertFalse(parse(with("strictSigner", "false")).strictSigner());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"maxTransactionsPerAggregate", "maxCosignaturesPerAggregate", "enableStrictCosignatureCheck",
        "enableBondedAggregateSupport", "maxBondedTransactionLifetime"})
    void theOtherKeysAreRequired(String key) {
        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> parse(with(key, null)));

        // Assert
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "maxTransactionsPerAggregate, 4294967296",
        "maxTransactionsPerAggregate, -1",
        "maxCosignaturesPerAggregate, 256",
        "enableBondedAggregateSupport, yes",
        "strictSigner, 1",
        "maxBondedTransactionLifetime, 48"})
    void refusesValuesOutsideTheirSiriusTypes(String key, String value) {
        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> parse(with(key, value)));

        // Assert
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }

    @Test
    void acceptsTheLimitsOfTheirSiriusTypes() {
        // Act
        AggregateConfig config = parse(with("maxTransactionsPerAggregate", "4294967295"));
        AggregateConfig cosignatures = parse(with("maxCosignaturesPerAggregate", "255"));

        // Assert
        assertEquals(0xFFFF_FFFFL, config.maxTransactionsPerAggregate());
        assertEquals(255, cosignatures.maxCosignaturesPerAggregate());
    }
}
