package io.sirius.plugin.mosaic.internal.observers;

import io.sirius.api.notification.BlockNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.plugin.mosaic.internal.state.MosaicIndexes;
import io.sirius.plugin.mosaic.model.MosaicTypes;
import java.nio.ByteBuffer;

/**
 * At each block, a {@code Mosaic_Expired} receipt (0x414D) for every mosaic whose first expired height is the block's,
 * in id order, as Sirius's touch observer writes them for the mosaics that stop being active at the height. One prefix
 * scan of {@link MosaicIndexes#BY_EXPIRY}; it changes no state, so rollback has nothing to undo.
 */
public final class MosaicExpiryReceiptObserver implements Observer<BlockNotification> {

    @Override
    public Class<BlockNotification> notificationType() {
        return BlockNotification.class;
    }

    @Override
    public void notify(BlockNotification block, ObserverContext context) {
        if (context.mode() != NotifyMode.COMMIT) {
            return;
        }
        context.state().index(MosaicIndexes.BY_EXPIRY).scan(MosaicIndexes.expiryPrefix(block.height().value()),
                (key, value) -> {
                    long id = ByteBuffer.wrap(key, 8, 8).getLong();
                    context.addReceipt(ArtifactExpiryReceipt.of(MosaicTypes.EXPIRED_RECEIPT, id));
                    return true;
                });
    }
}
