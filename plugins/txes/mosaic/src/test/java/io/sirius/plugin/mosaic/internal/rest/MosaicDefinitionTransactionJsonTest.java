package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.model.MosaicId;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.internal.plugin.MosaicDefinitionTransactionCodec;
import io.sirius.plugin.mosaic.model.MosaicDefinitionTransaction;
import io.sirius.api.model.Hex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MosaicDefinitionTransactionJsonTest {

    @Test
    void writesNonceIdAndPropertiesInTheOrderTheSdkReadsThem() {
        // Arrange: the SDK vector mosaic_definition_v1's body
        MosaicDefinitionTransaction definition = new MosaicDefinitionTransactionCodec().decode(
                BinaryReader.of(Hex.decode("2A000000D3812AE4724FCC3601030302E803000000000000")), 3);

        // Act
        Map<String, Object> json = new MosaicDefinitionTransactionJson().write(definition, 3);

        // Assert
        assertEquals(Map.of("mosaicNonce", 42L, "mosaicId", new Uint64(0x36CC4F72E42A81D3L), "properties", List.of(
                Map.of("id", 0, "value", new Uint64(3)), Map.of("id", 1, "value", new Uint64(3)),
                Map.of("id", 2, "value", new Uint64(1000)))), json);
    }

    @Test
    void anEternalMosaicHasOnlyTheTwoRequiredPropertiesAndTheNonceIsUnsigned() {
        // Act
        Map<String, Object> json = new MosaicDefinitionTransactionJson().write(
                new MosaicDefinitionTransaction(-1, new MosaicId(1), 1, 0, List.of()), 3);

        // Assert
        assertEquals(4_294_967_295L, json.get("mosaicNonce"));
        assertEquals(List.of(Map.of("id", 0, "value", new Uint64(1)), Map.of("id", 1, "value", new Uint64(0))),
                json.get("properties"));
    }
}
