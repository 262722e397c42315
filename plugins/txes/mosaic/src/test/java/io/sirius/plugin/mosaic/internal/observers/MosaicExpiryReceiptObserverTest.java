package io.sirius.plugin.mosaic.internal.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.api.receipt.Receipt;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.state.MosaicIndexes;
import io.sirius.plugin.mosaic.model.MosaicDefinition;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.mosaic.model.MosaicTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import org.junit.jupiter.api.Test;

class MosaicExpiryReceiptObserverTest {

    private static MosaicEntry mosaic(long id, long height, long duration) {
        return new MosaicEntry(new MosaicId(id), new Amount(1), new MosaicDefinition(new Height(height), Fixtures.OWNER, 1,
                new MosaicProperties(2, 0, new BlockDuration(duration))));
    }

    private static List<Receipt> endBlock(InMemoryState state, long height, NotifyMode mode) {
        ContextBuilder context = Fixtures.context(state).height(height).mode(mode);
        new MosaicExpiryReceiptObserver().notify(new BlockNotification(PublicKey.ZERO, PublicKey.ZERO, new Height(height),
                new Timestamp(0), Amount.ZERO, 0, 1), context.observer());
        return context.receipts();
    }

    @Test
    void writesAnExpiryForEachMosaicExpiredFromTheBlockOnInIdOrder() {
        // Arrange: two mosaics expiring at 110 (ids with and without the top bit), one at 111, an eternal one
        InMemoryState state = Fixtures.state();
        MosaicIndexes.add(state, mosaic(0x7000000000000001L, 100, 10));
        MosaicIndexes.add(state, mosaic(0x0000000000000002L, 105, 5));
        MosaicIndexes.add(state, mosaic(0x0000000000000003L, 100, 11));
        MosaicIndexes.add(state, mosaic(0x0000000000000004L, 100, 0));

        // Act + Assert
        assertEquals(List.of(ArtifactExpiryReceipt.of(MosaicTypes.EXPIRED_RECEIPT, 2),
                ArtifactExpiryReceipt.of(MosaicTypes.EXPIRED_RECEIPT, 0x7000000000000001L)), endBlock(state, 110, NotifyMode.COMMIT));
        assertEquals(List.of(ArtifactExpiryReceipt.of(MosaicTypes.EXPIRED_RECEIPT, 3)), endBlock(state, 111, NotifyMode.COMMIT));
        assertEquals(List.of(), endBlock(state, 109, NotifyMode.COMMIT));
        assertEquals(List.of(), endBlock(state, 110, NotifyMode.ROLLBACK));
        assertEquals(0x414D, MosaicTypes.EXPIRED_RECEIPT.value());
    }
}
