package io.sirius.api.notification;

import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;

/**
 * A signature to verify: of a transaction (over the generation hash and the transaction's data), of a
 * cosignature (over the aggregate's hash) or of a block.
 *
 * @param signer the key that signed
 * @param signature the signature
 * @param scheme SHA3-512 (schemes 0 and 1) or SHA-512 (scheme 2) Ed25519
 * @param data exactly the signed bytes; must not be modified
 */
public record SignatureNotification(PublicKey signer, Signature signature, DerivationScheme scheme, byte[] data)
        implements Notification {
}
