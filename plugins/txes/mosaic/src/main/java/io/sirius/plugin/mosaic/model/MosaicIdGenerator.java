package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Derives a mosaic id from its nonce and owner as Sirius does: the first 8 bytes, little endian, of
 * {@code SHA3-256(nonce u32 LE | owner public key)}, with bit 63 cleared (a set bit 63 marks a namespace id).
 */
public final class MosaicIdGenerator {

    private MosaicIdGenerator() {
    }

    /**
     * @param owner the defining account
     * @param nonce the nonce, as the u32 on the wire
     * @return the id
     */
    public static MosaicId generate(PublicKey owner, int nonce) {
        MessageDigest sha3;
        try {
            sha3 = MessageDigest.getInstance("SHA3-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA3-256", e);
        }
        sha3.update(new byte[] {(byte) nonce, (byte) (nonce >>> 8), (byte) (nonce >>> 16), (byte) (nonce >>> 24)});
        sha3.update(owner.bytes());
        byte[] hash = sha3.digest();
        long id = 0;
        for (int i = 7; i >= 0; i--) {
            id = id << 8 | (hash[i] & 0xFF);
        }
        return new MosaicId(id & Long.MAX_VALUE);
    }
}
