package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;

/**
 * A transaction needs a mosaic that is active at the height and owned by the signer (Sirius's core
 * {@code MosaicRequiredNotification}, which only the mosaic plugin judges).
 *
 * @param signer the account that must own the mosaic
 * @param mosaicId the mosaic or an alias of it
 */
public record MosaicRequiredNotification(PublicKey signer, UnresolvedMosaicId mosaicId) implements Notification {
}
