package io.sirius.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.plugin.SiriusPlugin;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginCapabilityTest {

    @Test
    void readsNameAndTypesFromAttributes() {
        // Act
        PluginCapability capability = PluginCapability.fromAttributes(
                Map.of(SiriusPlugin.NAMESPACE, "transfer", SiriusPlugin.TYPES_ATTRIBUTE, List.of("0x4154", "0x4254")));

        // Assert
        assertEquals("transfer", capability.name());
        assertEquals(Set.of(0x4154, 0x4254), capability.types());
    }

    @Test
    void acceptsACommaSeparatedString() {
        // Act
        PluginCapability capability = PluginCapability.fromAttributes(
                Map.of(SiriusPlugin.NAMESPACE, "x", SiriusPlugin.TYPES_ATTRIBUTE, "0x4154, 0x4254"));

        // Assert
        assertEquals(Set.of(0x4154, 0x4254), capability.types());
    }

    @Test
    void rejectsMalformedAttributes() {
        // Act and Assert
        assertThrows(PluginDeclarationException.class, () -> PluginCapability.fromAttributes(Map.of()));
        assertThrows(PluginDeclarationException.class, () -> PluginCapability.fromAttributes(
                Map.of(SiriusPlugin.NAMESPACE, "x", SiriusPlugin.TYPES_ATTRIBUTE, List.of("transfer"))));
    }
}
