package io.sirius.plugin.metadata.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * The target key must approve metadata about itself (or about its mosaic or namespace). Sirius expresses this as an
 * additional required cosigner of the aggregate the transaction sits in; until this node has aggregates, the only
 * approval it can see is the target's own signature, so the signer must be the target.
 *
 * @param signer who signed the metadata transaction
 * @param targetKey whose approval is required
 */
public record MetadataTargetApprovalNotification(PublicKey signer, PublicKey targetKey) implements Notification {

    /** Checks for nulls. */
    public MetadataTargetApprovalNotification {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(targetKey, "targetKey");
    }
}
