package io.sirius.plugin.config.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.config.model.NetworkConfigTransaction;
import io.sirius.plugin.config.model.NetworkConfigTypes;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkConfigTransactionJsonTest {

    @Test
    void writesTheTextsAsTextAndTheDeltaAsUint64() {
        // Arrange
        String config = "[network]\n\nidentifier = mijin-test\n# é\n";
        String entities = "{\"entities\": []}";
        NetworkConfigTransaction body = new NetworkConfigTransaction(new BlockDuration(5),
                config.getBytes(StandardCharsets.UTF_8), entities.getBytes(StandardCharsets.UTF_8));

        // Act
        Map<String, Object> json = new NetworkConfigTransactionJson().write(body, 1);

        // Assert
        assertEquals(List.of("applyHeightDelta", "networkConfig", "supportedEntityVersions"), List.copyOf(json.keySet()));
        assertEquals(new Uint64(5), json.get("applyHeightDelta"));
        assertEquals(config, json.get("networkConfig"));
        assertEquals(entities, json.get("supportedEntityVersions"));
    }

    @Test
    void thePluginRegistersItForItsType() {
        // Arrange
        RecordingRegistrar registrar = new RecordingRegistrar();

        // Act
        new NetworkConfigPlugin((configuration, current) -> List.of()).register(registrar);

        // Assert
        assertInstanceOf(NetworkConfigTransactionJson.class, registrar.transactionJson().get(NetworkConfigTypes.NETWORK_CONFIG));
    }
}
