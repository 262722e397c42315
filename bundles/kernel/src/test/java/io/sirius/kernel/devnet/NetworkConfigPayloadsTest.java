package io.sirius.kernel.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.EntityType;
import io.sirius.kernel.config.NetworkConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkConfigPayloadsTest {
    private static final Path DEVNET = Path.of("src/test/resources/devnet");
    private static final String KEY = "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF";

    private static String text() throws Exception {
        return Files.readString(DEVNET.resolve("config-network.properties")).replace("${nemesisPublicKey}", KEY);
    }

    private static String json() throws Exception {
        return Files.readString(DEVNET.resolve("supported-entities.json"));
    }

    @Test
    void enablingThenDisablingThenEnablingAgainKeepsAParsableConfig() throws Exception {
        // Arrange
        String text = text();

        // Act: a new section, then its flag flipped twice
        String enabled = NetworkConfigPayloads.withPlugin(text, "alpha", true);
        String disabled = NetworkConfigPayloads.withPlugin(enabled, "alpha", false);
        String again = NetworkConfigPayloads.withPlugin(disabled, "alpha", true);
        String transferOff = NetworkConfigPayloads.withPlugin(text, "transfer", false);

        // Assert
        assertTrue(NetworkConfiguration.parse(enabled, json()).enabledPlugins().contains("alpha"));
        assertFalse(NetworkConfiguration.parse(disabled, json()).enabledPlugins().contains("alpha"));
        assertTrue(NetworkConfiguration.parse(again, json()).enabledPlugins().contains("alpha"));
        NetworkConfiguration off = NetworkConfiguration.parse(transferOff, json());
        assertFalse(off.enabledPlugins().contains("transfer"));
        assertEquals("1024", off.pluginSections().get("transfer").getString("maxMessageSize"), "other keys are kept");
        assertEquals(text.lines().count() + 2, transferOff.lines().count());
    }

    @Test
    void addsAndRemovesTypesInTheSupportedEntities() throws Exception {
        // Arrange
        List<NetworkConfigPayloads.TypeVersions> alpha = List.of(new NetworkConfigPayloads.TypeVersions("Alpha", 0x4170, List.of(1, 2)));

        // Act
        String added = NetworkConfigPayloads.withTypes(json(), alpha, true);
        String addedTwice = NetworkConfigPayloads.withTypes(added, alpha, true);
        String removed = NetworkConfigPayloads.withTypes(added, alpha, false);

        // Assert
        NetworkConfiguration withAlpha = NetworkConfiguration.parse(text(), added);
        assertTrue(withAlpha.supportedEntities().supports(new EntityType(0x4170), 2));
        assertTrue(withAlpha.supportedEntities().supports(new EntityType(0x4154), 3), "the others stay");
        assertEquals(NetworkConfiguration.parse(text(), added).supportedEntities(),
                NetworkConfiguration.parse(text(), addedTwice).supportedEntities());
        NetworkConfiguration without = NetworkConfiguration.parse(text(), removed);
        assertFalse(without.supportedEntities().supportsType(new EntityType(0x4170)));
        assertEquals(NetworkConfiguration.parse(text(), json()).supportedEntities(), without.supportedEntities());
    }
}
