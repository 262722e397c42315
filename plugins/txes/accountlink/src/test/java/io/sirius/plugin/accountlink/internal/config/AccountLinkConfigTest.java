package io.sirius.plugin.accountlink.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.config.ConfigProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountLinkConfigTest {

    @Test
    void isSiriussPlaceholderSection() {
        // Act and Assert
        assertEquals("plugin:catapult.plugins.accountlink", AccountLinkConfig.SECTION.sectionName());
    }

    @Test
    void acceptsTheDummyKeyAnEmptySectionAndTheEnabledFlag() {
        // Arrange
        String name = AccountLinkConfig.SECTION.sectionName();

        // Act
        AccountLinkConfig withDummy = AccountLinkConfig.SECTION.parser().parse(
                new ConfigProperties(name, Map.of("dummy", "to trigger plugin load")));
        AccountLinkConfig empty = AccountLinkConfig.SECTION.parser().parse(new ConfigProperties(name, Map.of()));
        AccountLinkConfig enabled = AccountLinkConfig.SECTION.parser().parse(new ConfigProperties(name, Map.of("enabled", "true")));

        // Assert
        assertEquals(new AccountLinkConfig(), withDummy);
        assertEquals(new AccountLinkConfig(), empty);
        assertEquals(new AccountLinkConfig(), enabled);
    }
}
