package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.Height;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;

/**
 * Another family (Sirius's exchange offers) needs a mosaic to stay active until a height; the mosaic plugin judges it.
 *
 * @param mosaicId the mosaic or an alias of it
 * @param offerExpirationHeight the height until which the mosaic must live
 */
public record MosaicActiveNotification(UnresolvedMosaicId mosaicId, Height offerExpirationHeight) implements Notification {
}
