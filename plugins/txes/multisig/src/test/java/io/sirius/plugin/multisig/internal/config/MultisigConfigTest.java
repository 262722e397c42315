package io.sirius.plugin.multisig.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import io.sirius.plugin.multisig.internal.Fixtures;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MultisigConfigTest {

    private static MultisigConfig parse(Map<String, String> values) {
        return MultisigConfig.parse(new ConfigProperties(MultisigConfig.SECTION.sectionName(), values));
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> values = new HashMap<>(Fixtures.MULTISIG);
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
        assertEquals(new MultisigConfig(3, 10, 1_048_576, true), parse(Fixtures.MULTISIG));
        assertEquals("plugin:catapult.plugins.multisig", MultisigConfig.SECTION.sectionName());
    }

    @Test
    void newCosignersMustApproveIsOptionalAndTrueWhenAbsent() {
        // Act and Assert
        assertTrue(parse(with("newCosignersMustApprove", null)).newCosignersMustApprove());
        assertFalse(parse(with("newCosignersMustApprove", "false")).newCosignersMustApprove());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"maxMultisigDepth", "maxCosignersPerAccount", "maxCosignedAccountsPerAccount"})
    void theOtherKeysAreRequired(String key) {
        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> parse(with(key, null)));

        // Assert
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"maxMultisigDepth, 256", "maxCosignersPerAccount, 256", "maxCosignedAccountsPerAccount, 4294967296",
        "newCosignersMustApprove, no"})
    void refusesValuesOutsideTheirSiriusTypes(String key, String value) {
        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> parse(with(key, value)));

        // Assert
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }
}
