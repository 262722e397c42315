package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;

/**
 * The levy of a mosaic is set or replaced.
 *
 * @param mosaicId the levied mosaic or an alias of it
 * @param levy the new levy, as the transaction carries it
 * @param signer who asks (must be the mosaic's owner)
 */
public record MosaicModifyLevyNotification(UnresolvedMosaicId mosaicId, UnresolvedMosaicLevy levy, PublicKey signer)
        implements Notification {
}
