package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyTransaction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MosaicRemoveLevyTransactionJsonTest {

    @Test
    void writesTheMosaic() {
        // Act and Assert
        assertEquals(Map.of("mosaicId", new Uint64(0x36CC4F72E42A81D3L)), new MosaicRemoveLevyTransactionJson().write(
                new MosaicRemoveLevyTransaction(Fixtures.unresolved(Fixtures.MOSAIC)), 1));
    }
}
