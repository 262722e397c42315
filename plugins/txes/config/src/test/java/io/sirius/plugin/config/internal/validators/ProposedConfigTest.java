package io.sirius.plugin.config.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.plugin.config.internal.Fixtures;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import io.sirius.api.model.BlockDuration;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProposedConfigTest {

    @Test
    void acceptsOnlyWellFormedUtf8() {
        // Act and Assert
        assertEquals(Optional.of("naïve"), ProposedConfig.utf8("naïve".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ProposedConfig.utf8(new byte[] {'a', (byte) 0xC3}));
        assertEquals(Optional.empty(), ProposedConfig.utf8(new byte[] {(byte) 0xFF}));
    }

    @Test
    void readsBothTextsOfAValidProposal() {
        // Arrange
        NetworkConfigNotification notification = Fixtures.notification(1, Fixtures.config(Fixtures.OTHER_KEY, "transfer"),
                Fixtures.ENTITIES);

        // Act and Assert
        assertEquals(Fixtures.OTHER_KEY, ProposedConfig.configuration(notification).orElseThrow().networkPublicKey());
        assertEquals(Set.of("transfer"), ProposedConfig.configuration(notification).orElseThrow().pluginSections().keySet());
        assertTrue(ProposedConfig.supportedEntities(notification).orElseThrow().supports(
                io.sirius.plugin.config.model.NetworkConfigTypes.NETWORK_CONFIG, 1));
    }

    @Test
    void neverThrowsOnGarbage() {
        // Arrange
        NetworkConfigNotification garbage = new NetworkConfigNotification(new BlockDuration(1), new byte[] {(byte) 0xFE, 0},
                "[".getBytes(StandardCharsets.UTF_8));

        // Act and Assert
        assertEquals(Optional.empty(), ProposedConfig.configuration(garbage));
        assertEquals(Optional.empty(), ProposedConfig.supportedEntities(garbage));
    }
}
