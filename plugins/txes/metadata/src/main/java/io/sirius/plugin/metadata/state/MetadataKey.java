package io.sirius.plugin.metadata.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.metadata.model.MetadataType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * What identifies a metadata entry: who provides it, whom or what it is about, and under which key. Target ids are
 * resolved: a mosaic named through a namespace alias is stored under the mosaic's id.
 *
 * <p>The entry's cache key is the composite hash Sirius computes ({@code MetadataKey::generateUniqueKey}):
 * <pre>
 * SHA3-256( sourceAddress 25 | targetKey 32 | scopedMetadataKey u64 LE | targetId u64 LE | metadataType u8 )
 * </pre>
 * which REST serves as {@code compositeHash} and clients look entries up by.
 *
 * @param sourceAddress the address of the account that set the metadata (the signer)
 * @param targetKey the target account, or the owner of the target mosaic or namespace
 * @param scopedMetadataKey the key within source, target and type (uint64)
 * @param targetType what the metadata is attached to
 * @param targetId the resolved mosaic id or the namespace id; 0 for an account
 */
public record MetadataKey(Address sourceAddress, PublicKey targetKey, long scopedMetadataKey, MetadataType targetType,
        long targetId) {

    /** Checks the arguments. */
    public MetadataKey {
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(targetKey, "targetKey");
        Objects.requireNonNull(targetType, "targetType");
        if (targetType == MetadataType.ACCOUNT && targetId != 0) {
            throw new IllegalArgumentException("account metadata has target id 0, not " + Long.toUnsignedString(targetId));
        }
    }

    /** @return the composite hash, the entry's key in the cache and in REST */
    public Hash256 compositeHash() {
        MessageDigest sha3;
        try {
            sha3 = MessageDigest.getInstance("SHA3-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime has no SHA3-256", e);
        }
        sha3.update(sourceAddress.bytes());
        sha3.update(targetKey.bytes());
        byte[] numbers = new byte[17];
        for (int i = 0; i < 8; i++) {
            numbers[i] = (byte) (scopedMetadataKey >>> (8 * i));
            numbers[8 + i] = (byte) (targetId >>> (8 * i));
        }
        numbers[16] = (byte) targetType.code();
        sha3.update(numbers);
        return Hash256.of(sha3.digest());
    }
}
