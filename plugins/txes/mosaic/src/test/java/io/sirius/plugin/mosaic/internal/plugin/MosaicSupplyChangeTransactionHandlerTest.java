package io.sirius.plugin.mosaic.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.MosaicRequiredNotification;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeNotification;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeTransaction;
import io.sirius.plugin.mosaic.model.MosaicTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MosaicSupplyChangeTransactionHandlerTest {
    private static final UnresolvedMosaicId ID = new UnresolvedMosaicId(0x36CC4F72E42A81D3L);
    private static final Amount DELTA = new Amount(500);

    private static List<Notification> publish(int direction, int version) {
        List<Notification> out = new ArrayList<>();
        new MosaicSupplyChangeTransactionHandler().publish(new MosaicSupplyChangeTransaction(ID, direction, DELTA),
                ContextBuilder.context().signer(Fixtures.OWNER).type(MosaicTypes.MOSAIC_SUPPLY_CHANGE).version(version)
                        .transaction(),
                out::add);
        return out;
    }

    @Test
    void anIncreaseCreditsTheOwnerAfterTheSupplyChange() {
        // Act and Assert
        assertEquals(List.of(new MosaicRequiredNotification(Fixtures.OWNER, ID),
                new MosaicSupplyChangeNotification(Fixtures.OWNER, ID, 1, DELTA),
                new BalanceCreditNotification(Fixtures.OWNER, ID, DELTA)), publish(1, 2));
    }

    @Test
    void aDecreaseDebitsTheOwnerAfterTheSupplyChange() {
        // Act and Assert
        assertEquals(List.of(new MosaicRequiredNotification(Fixtures.OWNER, ID),
                new MosaicSupplyChangeNotification(Fixtures.OWNER, ID, 0, DELTA),
                new BalanceDebitNotification(Fixtures.OWNER, ID, DELTA)), publish(0, 2));
    }

    @Test
    void anUndefinedDirectionMovesNoBalance() {
        // Act and Assert
        assertEquals(List.of(new MosaicRequiredNotification(Fixtures.OWNER, ID),
                new MosaicSupplyChangeNotification(Fixtures.OWNER, ID, 2, DELTA)), publish(2, 2));
    }

    @Test
    void publishesNothingForAnotherVersion() {
        // Act and Assert
        assertEquals(List.of(), publish(1, 1));
    }
}
