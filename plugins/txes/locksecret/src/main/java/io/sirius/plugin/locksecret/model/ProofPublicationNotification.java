package io.sirius.plugin.locksecret.model;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.notification.Notification;

/**
 * A valid proof is published: the lock of {@code (secret, recipient)} is used and pays its recipient.
 *
 * @param signer who published the proof
 * @param hashAlgorithm the raw algorithm byte
 * @param secret the secret
 * @param recipient the lock's recipient (address or alias)
 */
public record ProofPublicationNotification(PublicKey signer, int hashAlgorithm, Hash256 secret,
        UnresolvedAddress recipient) implements Notification {
}
