package io.sirius.plugin.property.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PropertyConfigTest {

    private static PropertyConfig parse(Map<String, String> values) {
        return PropertyConfig.SECTION.parser().parse(new ConfigProperties(PropertyConfig.SECTION.sectionName(), values));
    }

    @Test
    void readsSiriussSection() {
        // Act + Assert
        assertEquals("plugin:catapult.plugins.property", PropertyConfig.SECTION.sectionName());
        assertEquals(new PropertyConfig(512), parse(Map.of("maxPropertyValues", "512")));
        assertEquals(new PropertyConfig(65535), parse(Map.of("maxPropertyValues", "65'535", "enabled", "true")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"-1", "65536", "many"})
    void refusesValuesAU16CannotHold(String value) {
        // Act + Assert
        assertThrows(ConfigException.class, () -> parse(Map.of("maxPropertyValues", value)));
        assertThrows(ConfigException.class, () -> parse(Map.of()));
    }
}
