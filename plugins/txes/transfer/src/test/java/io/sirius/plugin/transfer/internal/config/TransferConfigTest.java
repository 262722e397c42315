package io.sirius.plugin.transfer.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransferConfigTest {

    private static TransferConfig parse(Map<String, String> values) {
        return TransferConfig.parse(new ConfigProperties(TransferConfig.SECTION.sectionName(), values));
    }

    @Test
    void readsTheMessageLimit() {
        // Act and Assert
        assertEquals(new TransferConfig(1024), parse(Map.of("maxMessageSize", "1'024")));
    }

    @Test
    void rejectsAMissingOrImpossibleLimit() {
        // Act
        ConfigException missing = assertThrows(ConfigException.class, () -> parse(Map.of()));
        ConfigException tooLarge = assertThrows(ConfigException.class, () -> parse(Map.of("maxMessageSize", "70000")));

        // Assert
        assertTrue(missing.getMessage().contains("maxMessageSize"), missing.getMessage());
        assertTrue(tooLarge.getMessage().contains("outside [0, 65535]"), tooLarge.getMessage());
    }
}
