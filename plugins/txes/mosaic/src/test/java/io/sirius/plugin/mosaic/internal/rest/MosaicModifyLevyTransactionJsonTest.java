package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyTransaction;
import io.sirius.plugin.mosaic.model.UnresolvedMosaicLevy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MosaicModifyLevyTransactionJsonTest {

    @Test
    void writesTheMosaicAndTheLevyAsTheSdkReadsThem() {
        // Arrange
        String recipient = "907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E";
        MosaicModifyLevyTransaction modify = new MosaicModifyLevyTransaction(Fixtures.unresolved(Fixtures.MOSAIC),
                new UnresolvedMosaicLevy(2, UnresolvedAddress.of(Hex.decode(recipient)), Fixtures.MOSAIC_ALIAS,
                        new Amount(150_000)));

        // Act
        Map<String, Object> json = new MosaicModifyLevyTransactionJson().write(modify, 1);

        // Assert
        assertEquals(Map.of("mosaicId", new Uint64(0x36CC4F72E42A81D3L), "levy", Map.of("type", 2, "recipient", recipient,
                "mosaicId", new Uint64(0xBFFB42A19116BDF6L), "fee", new Uint64(150_000))), json);
    }
}
