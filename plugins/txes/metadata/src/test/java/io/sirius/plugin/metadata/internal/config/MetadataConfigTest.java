package io.sirius.plugin.metadata.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataConfigTest {

    private static MetadataConfig parse(Map<String, String> values) {
        return MetadataConfig.SECTION.parser().parse(new ConfigProperties(MetadataConfig.SECTION.sectionName(), values));
    }

    @Test
    void readsSiriussDefaultSection() {
        // Act
        MetadataConfig config = parse(Map.of("enabled", "true", "maxValueSize", "1024"));

        // Assert
        assertEquals("plugin:catapult.plugins.metadata_v2", MetadataConfig.SECTION.sectionName());
        assertEquals(new MetadataConfig(true, 1024), config);
    }

    @ParameterizedTest(name = "maxValueSize = {0}")
    @CsvSource({"0, 0", "65535, 65535", "'1''024', 1024"})
    void acceptsSizesAUint16Holds(String text, int expected) {
        // Act and Assert
        assertEquals(new MetadataConfig(false, expected), parse(Map.of("enabled", "false", "maxValueSize", text)));
    }

    @ParameterizedTest(name = "maxValueSize = {0}")
    @ValueSource(strings = {"65536", "-1", "1KB", ""})
    void refusesSizesAUint16DoesNotHold(String text) {
        // Act and Assert
        assertThrows(ConfigException.class, () -> parse(Map.of("maxValueSize", text)));
    }

    @Test
    void leavesEnabledOptionalButChecksIt() {
        // Act and Assert
        assertEquals(new MetadataConfig(true, 10), parse(Map.of("maxValueSize", "10")));
        assertThrows(ConfigException.class, () -> parse(Map.of("enabled", "yes", "maxValueSize", "10")));
        assertThrows(ConfigException.class, () -> parse(Map.of("enabled", "true")));
    }

    @Test
    void refusesKeysItDoesNotKnow() {
        // Act
        ConfigException e = assertThrows(ConfigException.class,
                () -> parse(Map.of("maxValueSize", "10", "maxFields", "10")));

        // Assert
        assertTrue(e.getMessage().contains("maxFields"), e.getMessage());
    }
}
