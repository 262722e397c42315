package io.sirius.plugin.metadata.model;

import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import java.util.Arrays;
import java.util.Objects;

/**
 * A metadata value changes: the entry of {@code (sourceAddress, targetKey, scopedMetadataKey, targetType, targetId)}
 * takes the XOR {@code value}. Sirius publishes this as two notification types, one per form (MetadataValue v1 and
 * v2); here one record carries the form in {@link #extended()}.
 *
 * @param sourceAddress the signer's address, who provides the metadata
 * @param targetKey the target account, or the owner of the target mosaic or namespace
 * @param scopedMetadataKey the key within source, target and type
 * @param targetType what the metadata is attached to
 * @param targetId the raw target id as the transaction names it (a mosaic id may be a namespace alias); 0 for accounts
 * @param valueSizeDelta the new size minus the old
 * @param value the XOR of the old and new values
 * @param extended whether an extended form published it
 * @param immutable the extended form's flag (false for the plain forms)
 */
public record MetadataValueNotification(Address sourceAddress, PublicKey targetKey, long scopedMetadataKey,
        MetadataType targetType, long targetId, int valueSizeDelta, byte[] value, boolean extended, boolean immutable)
        implements Notification {

    /** Checks and copies the arguments. */
    public MetadataValueNotification {
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(targetKey, "targetKey");
        Objects.requireNonNull(targetType, "targetType");
        value = value.clone();
        if (immutable && !extended) {
            throw new IllegalArgumentException("only an extended form carries the immutability flag");
        }
    }

    /** @return a copy of the XOR value */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** @return the value's length */
    public int valueSize() {
        return value.length;
    }

    /**
     * @param count how many bytes
     * @return a copy of the value's first {@code count} bytes
     */
    public byte[] valuePrefix(int count) {
        return Arrays.copyOf(value, count);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetadataValueNotification that && sourceAddress.equals(that.sourceAddress)
                && targetKey.equals(that.targetKey) && scopedMetadataKey == that.scopedMetadataKey
                && targetType == that.targetType && targetId == that.targetId && valueSizeDelta == that.valueSizeDelta
                && Arrays.equals(value, that.value) && extended == that.extended && immutable == that.immutable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceAddress, targetKey, scopedMetadataKey, targetType, targetId, valueSizeDelta,
                Arrays.hashCode(value), extended, immutable);
    }

    @Override
    public String toString() {
        return "MetadataValueNotification[source=" + sourceAddress + ", targetKey=" + targetKey + ", scopedMetadataKey="
                + Long.toHexString(scopedMetadataKey) + ", " + targetType + " " + Long.toHexString(targetId)
                + ", valueSizeDelta=" + valueSizeDelta + ", valueSize=" + value.length + ", extended=" + extended
                + ", immutable=" + immutable + "]";
    }
}
