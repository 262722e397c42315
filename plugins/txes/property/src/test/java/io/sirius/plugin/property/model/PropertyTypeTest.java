package io.sirius.plugin.property.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyTypeTest {

    @ParameterizedTest(name = "0x{0}: {1}")
    @CsvSource({"01, true", "02, true", "04, true", "81, true", "82, true", "84, true", "00, false", "80, false",
        "03, false", "05, false", "08, false", "40, false", "C1, false", "FF, false"})
    void aPropertyTypeIsOneValueFlagBelowTheSentinelWithOrWithoutBlock(String hex, boolean valid) {
        // Act + Assert
        assertEquals(valid, PropertyType.isValid(Integer.parseInt(hex, 16)));
    }

    @ParameterizedTest(name = "0x{0}")
    @CsvSource({"81, 1, true", "02, 2, false", "84, 4, true"})
    void splitsTheValueTypeFromTheBlockFlag(String hex, int valueType, boolean block) {
        // Act + Assert
        assertEquals(valueType, PropertyType.valueType(Integer.parseInt(hex, 16)));
        assertEquals(block, PropertyType.isBlock(Integer.parseInt(hex, 16)));
    }
}
