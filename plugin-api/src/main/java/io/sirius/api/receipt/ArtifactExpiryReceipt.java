package io.sirius.api.receipt;

import io.sirius.api.codec.BinaryWriter;
import java.util.Objects;

/**
 * A mosaic or namespace expired: its id (8).
 *
 * @param type its type (basic type {@link ReceiptType#ARTIFACT_EXPIRY})
 * @param artifactId the mosaic or namespace id
 */
public record ArtifactExpiryReceipt(ReceiptType type, long artifactId) implements Receipt {
    /** Checks the type. */
    public ArtifactExpiryReceipt {
        Objects.requireNonNull(type, "type");
        if (type.basicType() != ReceiptType.ARTIFACT_EXPIRY) {
            throw new IllegalArgumentException("receipt type " + type + " is not an artifact expiry");
        }
    }

    @Override
    public void writeBody(BinaryWriter out) {
        out.writeI64(artifactId);
    }
}
