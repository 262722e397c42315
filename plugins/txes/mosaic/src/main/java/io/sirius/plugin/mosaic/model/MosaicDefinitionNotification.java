package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;

/**
 * A mosaic is defined, or redefined by its owner.
 *
 * @param signer the defining account
 * @param mosaicId the mosaic
 * @param properties its properties as the definition states them (for a redefinition: flags and divisibility to
 *     toggle, blocks to add to the duration)
 */
public record MosaicDefinitionNotification(PublicKey signer, MosaicId mosaicId, MosaicProperties properties)
        implements Notification {
}
