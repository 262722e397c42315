package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;

/**
 * The plugin's stand-in for Sirius's {@code MosaicRequiredNotification} before plugin-api 1.1 had one.
 *
 * @param signer the account that must own the mosaic
 * @param mosaicId the mosaic or an alias of it
 * @deprecated Nothing publishes or validates it any more: publish the API's
 *     {@link io.sirius.api.notification.MosaicRequiredNotification}, which this plugin's {@code ProperMosaicValidator}
 *     judges. It stays only because removing a type from this exported package (1.0) is a major change that would
 *     break the import range of bundles built against it (the namespace plugin); it goes with the next major version.
 */
@Deprecated(forRemoval = true)
public record MosaicRequiredNotification(PublicKey signer, UnresolvedMosaicId mosaicId) implements Notification {
}
