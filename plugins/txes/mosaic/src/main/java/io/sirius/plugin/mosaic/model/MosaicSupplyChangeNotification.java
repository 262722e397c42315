package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;

/**
 * A mosaic's supply changes. The owner's balance changes through the core credit or debit notification that
 * follows it.
 *
 * @param signer the owner
 * @param mosaicId the mosaic or an alias of it
 * @param direction the direction byte as on the wire ({@link MosaicSupplyChangeDirection})
 * @param delta how much the supply changes
 */
public record MosaicSupplyChangeNotification(PublicKey signer, UnresolvedMosaicId mosaicId, int direction, Amount delta)
        implements Notification {
}
