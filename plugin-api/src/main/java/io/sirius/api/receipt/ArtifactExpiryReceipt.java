package io.sirius.api.receipt;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Hash256;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Something expired: its id, 8 bytes (a mosaic or namespace id, little-endian) or 32 (a lock's hash).
 *
 * <p>Sirius writes the expiry of a lock (its hash, 32 bytes) under the lock's expiry receipt type, whose basic type
 * says balance credit ({@code LockHash_Expired} 0x2348, {@code LockSecret_Expired} 0x2352), so this shape is allowed
 * with basic types {@link ReceiptType#ARTIFACT_EXPIRY}, {@link ReceiptType#BALANCE_CREDIT} and
 * {@link ReceiptType#BALANCE_DEBIT}; {@link Receipt#decode} tells it from a balance change by its length.
 *
 * @param type its type
 * @param artifactId the id's bytes
 */
public record ArtifactExpiryReceipt(ReceiptType type, byte[] artifactId) implements Receipt {
    /** Checks the arguments and copies the id. */
    public ArtifactExpiryReceipt {
        Objects.requireNonNull(type, "type");
        int basic = type.basicType();
        if (basic != ReceiptType.ARTIFACT_EXPIRY && basic != ReceiptType.BALANCE_CREDIT
                && basic != ReceiptType.BALANCE_DEBIT) {
            throw new IllegalArgumentException("receipt type " + type + " is not an artifact expiry");
        }
        if (artifactId.length != 8 && artifactId.length != Hash256.SIZE) {
            throw new IllegalArgumentException("an artifact id is 8 or 32 bytes, not " + artifactId.length);
        }
        artifactId = artifactId.clone();
    }

    /**
     * @param type its type
     * @param id a mosaic or namespace id
     * @return the receipt
     */
    public static ArtifactExpiryReceipt of(ReceiptType type, long id) {
        return new ArtifactExpiryReceipt(type, new BinaryWriter(8).writeI64(id).toByteArray());
    }

    /**
     * @param type its type
     * @param hash a lock's hash
     * @return the receipt
     */
    public static ArtifactExpiryReceipt of(ReceiptType type, Hash256 hash) {
        return new ArtifactExpiryReceipt(type, hash.bytes());
    }

    @Override
    public byte[] artifactId() {
        return artifactId.clone();
    }

    @Override
    public void writeBody(BinaryWriter out) {
        out.writeBytes(artifactId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArtifactExpiryReceipt that && type.equals(that.type)
                && Arrays.equals(artifactId, that.artifactId);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(artifactId);
    }

    @Override
    public String toString() {
        return "ArtifactExpiryReceipt[" + type + ", " + HexFormat.of().withUpperCase().formatHex(artifactId) + "]";
    }
}
