package io.sirius.plugin.multisig.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregateSettingsTest {

    private static AggregateSettings parse(Map<String, String> values) {
        return AggregateSettings.parse(new ConfigProperties(AggregateSettings.SECTION.sectionName(), values));
    }

    @Test
    void readsStrictSignerFromTheAggregateSectionTrueWhenAbsent() {
        // Act and Assert: the aggregate section's other keys are the aggregate plugin's business
        assertEquals("plugin:catapult.plugins.aggregate", AggregateSettings.SECTION.sectionName());
        assertEquals(new AggregateSettings(true), parse(Map.of("maxCosignaturesPerAggregate", "15")));
        assertEquals(new AggregateSettings(false), parse(Map.of("strictSigner", "false")));
        assertThrows(ConfigException.class, () -> parse(Map.of("strictSigner", "0")));
    }
}
