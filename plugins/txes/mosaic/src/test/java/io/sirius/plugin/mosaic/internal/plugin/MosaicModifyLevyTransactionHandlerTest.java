package io.sirius.plugin.mosaic.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyNotification;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyTransaction;
import io.sirius.plugin.mosaic.model.MosaicTypes;
import io.sirius.plugin.mosaic.model.UnresolvedMosaicLevy;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MosaicModifyLevyTransactionHandlerTest {
    private static final MosaicModifyLevyTransaction MODIFY = new MosaicModifyLevyTransaction(
            new UnresolvedMosaicId(0x36CC4F72E42A81D3L), new UnresolvedMosaicLevy(1,
                    Fixtures.address(Fixtures.OTHER).toUnresolved(), new UnresolvedMosaicId(Fixtures.CURRENCY.value()),
                    new Amount(10)));

    private static List<Notification> publish(int version) {
        List<Notification> out = new ArrayList<>();
        new MosaicModifyLevyTransactionHandler().publish(MODIFY, ContextBuilder.context().signer(Fixtures.OWNER)
                .type(MosaicTypes.MOSAIC_MODIFY_LEVY).version(version).transaction(), out::add);
        return out;
    }

    @Test
    void publishesTheLevyChangeWithItsSigner() {
        // Act and Assert
        assertEquals(List.of(new MosaicModifyLevyNotification(MODIFY.mosaicId(), MODIFY.levy(), Fixtures.OWNER)),
                publish(1));
    }

    @Test
    void publishesNothingForAnotherVersion() {
        // Act and Assert
        assertEquals(List.of(), publish(2));
    }
}
