package io.sirius.plugin.mosaic.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyNotification;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyTransaction;
import io.sirius.plugin.mosaic.model.MosaicTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MosaicRemoveLevyTransactionHandlerTest {
    private static final UnresolvedMosaicId ID = new UnresolvedMosaicId(0x36CC4F72E42A81D3L);

    private static List<Notification> publish(int version) {
        List<Notification> out = new ArrayList<>();
        new MosaicRemoveLevyTransactionHandler().publish(new MosaicRemoveLevyTransaction(ID), ContextBuilder.context()
                .signer(Fixtures.OTHER).type(MosaicTypes.MOSAIC_REMOVE_LEVY).version(version).transaction(), out::add);
        return out;
    }

    @Test
    void publishesTheRemovalWithItsSigner() {
        // Act and Assert
        assertEquals(List.of(new MosaicRemoveLevyNotification(ID, Fixtures.OTHER)), publish(1));
    }

    @Test
    void publishesNothingForAnotherVersion() {
        // Act and Assert
        assertEquals(List.of(), publish(3));
    }
}
