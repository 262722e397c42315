package io.sirius.plugin.namespace.model;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Objects;

/**
 * An Alias_Mosaic names a mosaic, which must exist, be active and belong to the signer (what Sirius checks with the
 * mosaic plugin's {@code MosaicRequired} notification; here the namespace plugin reads the mosaic cache itself). Sirius
 * requires it for links and unlinks alike, and so does this node.
 *
 * @param signer the transaction's signer
 * @param mosaicId the mosaic
 */
public record AliasMosaicRequiredNotification(PublicKey signer, MosaicId mosaicId) implements Notification {

    /** Checks for nulls. */
    public AliasMosaicRequiredNotification {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(mosaicId, "mosaicId");
    }
}
