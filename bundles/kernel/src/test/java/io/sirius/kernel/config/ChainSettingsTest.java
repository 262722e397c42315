package io.sirius.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code [chain]} section: every key required, ranges checked, errors naming the key.
 */
class ChainSettingsTest {
    private static final String[] KEYS = {"blockGenerationTargetTime", "blockTimeSmoothingFactor", "greedDelta",
        "greedExponent", "importanceGrouping", "maxRollbackBlocks", "maxDifficultyBlocks", "maxTransactionLifetime",
        "maxBlockFutureTime", "maxMosaicAtomicUnits", "minHarvesterBalance", "enableDeadlineValidation",
        "harvestBeneficiaryPercentage", "maxTransactionsPerBlock"};

    /** The devnet's [chain] section. */
    private static Map<String, String> devnet() {
        return new LinkedHashMap<>(IniFile.parse(CoreFixture.devnetText()).get("chain"));
    }

    private static ChainSettings parse(Map<String, String> keys) {
        return ChainSettings.parse(new ConfigProperties("chain", keys));
    }

    private static ChainSettings with(String key, String value) {
        Map<String, String> keys = devnet();
        keys.put(key, value);
        return parse(keys);
    }

    private static long number(Map<String, String> keys, String key) {
        return Long.parseLong(keys.get(key).replace("'", ""));
    }

    @Test
    void theDevnetSectionParses() {
        // Arrange
        Map<String, String> keys = devnet();

        // Act
        ChainSettings settings = parse(keys);

        // Assert
        assertEquals(Duration.ofSeconds(Long.parseLong(keys.get("blockGenerationTargetTime").replace("s", ""))),
                settings.blockGenerationTargetTime());
        assertEquals(number(keys, "blockTimeSmoothingFactor"), settings.blockTimeSmoothingFactor());
        assertEquals(Double.parseDouble(keys.get("greedDelta")), settings.greedDelta());
        assertEquals(Double.parseDouble(keys.get("greedExponent")), settings.greedExponent());
        assertEquals(number(keys, "importanceGrouping"), settings.importanceGrouping());
        assertEquals(number(keys, "maxRollbackBlocks"), settings.maxRollbackBlocks());
        assertEquals(number(keys, "maxDifficultyBlocks"), settings.maxDifficultyBlocks());
        assertEquals(Duration.ofHours(Long.parseLong(keys.get("maxTransactionLifetime").replace("h", ""))),
                settings.maxTransactionLifetime());
        assertEquals(Duration.ofSeconds(Long.parseLong(keys.get("maxBlockFutureTime").replace("s", ""))),
                settings.maxBlockFutureTime());
        assertEquals(number(keys, "maxMosaicAtomicUnits"), settings.maxMosaicAtomicUnits());
        assertEquals(number(keys, "minHarvesterBalance"), settings.minHarvesterBalance());
        assertEquals(Boolean.parseBoolean(keys.get("enableDeadlineValidation")), settings.enableDeadlineValidation());
        assertEquals(number(keys, "harvestBeneficiaryPercentage"), settings.harvestBeneficiaryPercentage());
        assertEquals(number(keys, "maxTransactionsPerBlock"), settings.maxTransactionsPerBlock());
    }

    static Stream<String> keys() {
        return Stream.of(KEYS);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void everyKeyIsRequired(String key) {
        // Arrange
        Map<String, String> keys = devnet();
        keys.remove(key);

        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> parse(keys));

        // Assert
        assertEquals("[chain] has no key '" + key + "'", e.getMessage());
    }

    static Stream<Arguments> bounds() {
        // the devnet has maxRollbackBlocks = 60 and importanceGrouping = 180
        return Stream.of(
                Arguments.of("importanceGrouping", "0", false),
                Arguments.of("importanceGrouping", "30", false),
                Arguments.of("importanceGrouping", "31", true),
                Arguments.of("importanceGrouping", String.valueOf(Long.MAX_VALUE), true),
                Arguments.of("maxRollbackBlocks", "-1", false),
                Arguments.of("maxRollbackBlocks", "0", true),
                Arguments.of("maxRollbackBlocks", "359", true),
                Arguments.of("maxRollbackBlocks", "360", false),
                Arguments.of("maxRollbackBlocks", "2147483648", false),
                Arguments.of("maxDifficultyBlocks", "0", false),
                Arguments.of("maxDifficultyBlocks", "1", true),
                Arguments.of("maxDifficultyBlocks", "1'000'000", true),
                Arguments.of("maxDifficultyBlocks", "1000001", false),
                Arguments.of("harvestBeneficiaryPercentage", "0", true),
                Arguments.of("harvestBeneficiaryPercentage", "100", true),
                Arguments.of("harvestBeneficiaryPercentage", "101", false),
                Arguments.of("maxTransactionsPerBlock", "0", false),
                Arguments.of("maxTransactionsPerBlock", "1", true),
                Arguments.of("maxTransactionsPerBlock", "2147483647", true),
                Arguments.of("maxTransactionsPerBlock", "2147483648", false),
                Arguments.of("blockGenerationTargetTime", "-1s", false),
                Arguments.of("blockGenerationTargetTime", "0s", false),
                Arguments.of("blockGenerationTargetTime", "0ms", false),
                Arguments.of("blockGenerationTargetTime", "1ms", false),
                Arguments.of("blockGenerationTargetTime", "999ms", false),
                Arguments.of("blockGenerationTargetTime", "1000ms", true),
                Arguments.of("blockGenerationTargetTime", "1s", true),
                Arguments.of("blockGenerationTargetTime", "15", false),
                Arguments.of("blockGenerationTargetTime", "15y", false),
                Arguments.of("maxTransactionLifetime", "2d", true),
                Arguments.of("maxTransactionLifetime", "", false),
                Arguments.of("greedDelta", "0.5", true),
                Arguments.of("greedDelta", "half", false),
                Arguments.of("greedDelta", "NaN", false),
                Arguments.of("greedExponent", "Infinity", false),
                Arguments.of("enableDeadlineValidation", "FALSE", true),
                Arguments.of("enableDeadlineValidation", "yes", false),
                Arguments.of("minHarvesterBalance", "-5", false),
                Arguments.of("minHarvesterBalance", "10'000", true),
                Arguments.of("blockTimeSmoothingFactor", "1.5", false));
    }

    @ParameterizedTest(name = "{0} = {1}: accepted {2}")
    @MethodSource("bounds")
    void valuesAreCheckedAndErrorsNameTheKey(String key, String value, boolean accepted) {
        // Act / Assert
        if (accepted) {
            with(key, value);
        } else {
            ConfigException e = assertThrows(ConfigException.class, () -> with(key, value));
            assertTrue(e.getMessage().startsWith("[chain] ") && e.getMessage().contains(key), e.getMessage());
        }
    }

    @Test
    void theRollbackLimitMustStayBelowTwiceTheImportanceGrouping() {
        // Arrange
        Map<String, String> keys = devnet();
        keys.put("importanceGrouping", "50");
        keys.put("maxRollbackBlocks", "100");

        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> parse(keys));

        // Assert
        assertEquals("[chain] importanceGrouping (50) must be more than half of maxRollbackBlocks (100)", e.getMessage());
    }
}
