package io.sirius.api.notification;

import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;

/**
 * A transaction acts on a mosaic as its owner (for example, attaches metadata to it): the mosaic must exist, be
 * active and belong to {@code owner}. The mosaic plugin validates it; while that plugin is not active, nothing
 * does, so a plugin publishing it should name the mosaic plugin as a prerequisite in its documentation.
 *
 * @param owner who claims the mosaic
 * @param mosaicId the mosaic, possibly an alias
 */
public record MosaicRequiredNotification(PublicKey owner, UnresolvedMosaicId mosaicId) implements Notification {
}
