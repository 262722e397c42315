package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;

/**
 * The levy of a mosaic is removed.
 *
 * @param mosaicId the levied mosaic or an alias of it
 * @param signer who asks (the mosaic's owner)
 */
public record MosaicRemoveLevyNotification(UnresolvedMosaicId mosaicId, PublicKey signer) implements Notification {
}
