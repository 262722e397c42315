package io.sirius.plugin.metadata.model;

import io.sirius.api.model.PublicKey;
import java.util.Arrays;
import java.util.Objects;

/**
 * The body shared by the six metadata_v2 types (NEM's metadata scheme): {@code TargetKey 32 | ScopedMetadataKey u64 |
 * [TargetId u64] | [IsValueImmutable u8] | ValueSizeDelta i16 | ValueSize u16 | Value}, the target id in the mosaic
 * and namespace forms, the flag in the extended forms.
 *
 * <p>The value is not the new value but the XOR of the old and new values, each padded with zero bytes to the longer
 * of the two: applying it to the stored value gives the new one, and applying it again gives the old one back, which
 * is how a block is undone. {@code ValueSizeDelta} is the new size minus the old; {@code ValueSize} the longer size,
 * the value's length. A shrinking change also carries the old value's tail (XORed with zeros), so the tail can be
 * restored on rollback.
 *
 * @param targetKey the account the metadata is about, or the owner of the mosaic or namespace
 * @param scopedMetadataKey the key the metadata is stored under, chosen by the source (uint64)
 * @param targetId the mosaic id (possibly a namespace alias) or namespace id; 0 in the account forms
 * @param valueSizeDelta the new size minus the old, -32768 to 32767
 * @param value the XOR of old and new values, at most 65535 bytes
 * @param immutable the extended forms' flag: a value created with it can no longer be changed by an extended form;
 *     always false in the plain forms
 */
public record MetadataTransaction(PublicKey targetKey, long scopedMetadataKey, long targetId, int valueSizeDelta,
        byte[] value, boolean immutable) {

    /** Checks and copies the arguments. */
    public MetadataTransaction {
        Objects.requireNonNull(targetKey, "targetKey");
        value = value.clone();
        if (valueSizeDelta < Short.MIN_VALUE || valueSizeDelta > Short.MAX_VALUE) {
            throw new IllegalArgumentException("the value size delta is an int16, not " + valueSizeDelta);
        }
        if (value.length > 0xFFFF) {
            throw new IllegalArgumentException("a value holds at most 65535 bytes, not " + value.length);
        }
    }

    /** @return a copy of the value (the XOR of old and new values) */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** @return the value's length, the wire's ValueSize */
    public int valueSize() {
        return value.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetadataTransaction that && targetKey.equals(that.targetKey)
                && scopedMetadataKey == that.scopedMetadataKey && targetId == that.targetId
                && valueSizeDelta == that.valueSizeDelta && Arrays.equals(value, that.value) && immutable == that.immutable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetKey, scopedMetadataKey, targetId, valueSizeDelta, Arrays.hashCode(value), immutable);
    }

    @Override
    public String toString() {
        return "MetadataTransaction[targetKey=" + targetKey + ", scopedMetadataKey=" + Long.toHexString(scopedMetadataKey)
                + ", targetId=" + Long.toHexString(targetId) + ", valueSizeDelta=" + valueSizeDelta + ", valueSize="
                + value.length + ", immutable=" + immutable + "]";
    }
}
