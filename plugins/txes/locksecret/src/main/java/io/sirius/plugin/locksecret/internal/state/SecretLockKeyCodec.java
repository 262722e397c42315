package io.sirius.plugin.locksecret.internal.state;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.KeyCodec;
import io.sirius.plugin.locksecret.state.SecretLockKey;
import java.nio.ByteBuffer;

/**
 * The SecretLockInfo cache's keys: a kind byte, then its field. Heights are big endian so expiry rows sort by height.
 *
 * <pre>
 * 0 lock:   compositeHash 32
 * 1 expiry: height u64 big endian
 * 2 owner:  publicKey 32
 * 3 secret: secret 32
 * </pre>
 */
public final class SecretLockKeyCodec implements KeyCodec<SecretLockKey> {
    /** The kind byte of a lock. */
    public static final int LOCK = 0;
    /** The kind byte of the expiry index. */
    public static final int EXPIRY = 1;
    /** The kind byte of the owner index. */
    public static final int OWNER = 2;
    /** The kind byte of the secret index. */
    public static final int SECRET = 3;

    @Override
    public byte[] encode(SecretLockKey key) {
        if (key instanceof SecretLockKey.Lock lock) {
            return tagged(LOCK, lock.compositeHash().bytes());
        }
        if (key instanceof SecretLockKey.Expiry expiry) {
            return tagged(EXPIRY, ByteBuffer.allocate(8).putLong(expiry.height().value()).array());
        }
        if (key instanceof SecretLockKey.Owner owner) {
            return tagged(OWNER, owner.owner().bytes());
        }
        return tagged(SECRET, ((SecretLockKey.Secret) key).secret().bytes());
    }

    @Override
    public SecretLockKey decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a secret lock key is not empty");
        }
        int kind = bytes[0] & 0xFF;
        int size = kind == EXPIRY ? 8 : 32;
        if (bytes.length != 1 + size) {
            throw new IllegalArgumentException("a secret lock key of kind " + kind + " has " + (1 + size) + " bytes, not "
                    + bytes.length);
        }
        return switch (kind) {
            case LOCK -> new SecretLockKey.Lock(Hash256.of(bytes, 1));
            case EXPIRY -> new SecretLockKey.Expiry(new Height(ByteBuffer.wrap(bytes, 1, 8).getLong()));
            case OWNER -> new SecretLockKey.Owner(PublicKey.of(bytes, 1));
            case SECRET -> new SecretLockKey.Secret(Hash256.of(bytes, 1));
            default -> throw new IllegalArgumentException("secret lock key kind " + kind + " is unknown");
        };
    }

    private static byte[] tagged(int kind, byte[] field) {
        byte[] out = new byte[1 + field.length];
        out[0] = (byte) kind;
        System.arraycopy(field, 0, out, 1, field.length);
        return out;
    }
}
