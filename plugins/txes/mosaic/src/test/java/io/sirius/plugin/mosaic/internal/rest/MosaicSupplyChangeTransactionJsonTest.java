package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeTransaction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MosaicSupplyChangeTransactionJsonTest {

    @Test
    void writesIdDirectionAndDelta() {
        // Act
        Map<String, Object> json = new MosaicSupplyChangeTransactionJson().write(
                new MosaicSupplyChangeTransaction(Fixtures.MOSAIC_ALIAS, 1, new Amount(1L << 40)), 2);

        // Assert
        assertEquals(Map.of("mosaicId", new Uint64(0xBFFB42A19116BDF6L), "direction", 1, "delta", new Uint64(1L << 40)),
                json);
    }
}
