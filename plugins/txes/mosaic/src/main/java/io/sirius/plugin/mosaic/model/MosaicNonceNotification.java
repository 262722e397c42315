package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;

/**
 * A definition names a nonce and the id it claims derives from it and the signer.
 *
 * @param signer the defining account
 * @param nonce the nonce, as the u32 on the wire
 * @param mosaicId the claimed id
 */
public record MosaicNonceNotification(PublicKey signer, int nonce, MosaicId mosaicId) implements Notification {
}
