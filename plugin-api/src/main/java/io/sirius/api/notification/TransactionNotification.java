package io.sirius.api.notification;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;

/**
 * A top-level transaction entering the pipeline.
 *
 * @param signer its signer
 * @param hash its hash
 * @param type its type
 * @param deadline its deadline
 */
public record TransactionNotification(PublicKey signer, Hash256 hash, EntityType type, Timestamp deadline)
        implements Notification {
}
