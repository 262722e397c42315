package io.sirius.api.notification;

import io.sirius.api.model.PublicKey;

/**
 * A public key that becomes known to the chain.
 *
 * @param publicKey the key
 */
public record AccountPublicKeyNotification(PublicKey publicKey) implements Notification {
}
