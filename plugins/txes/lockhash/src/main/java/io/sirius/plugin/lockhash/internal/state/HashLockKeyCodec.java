package io.sirius.plugin.lockhash.internal.state;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.KeyCodec;
import io.sirius.plugin.lockhash.state.HashLockKey;
import java.nio.ByteBuffer;

/**
 * The HashLockInfo cache's keys: a kind byte, then its field. Heights are big endian so expiry rows sort by height.
 *
 * <pre>
 * 0 lock:   hash 32
 * 1 expiry: height u64 big endian
 * 2 owner:  publicKey 32
 * </pre>
 */
public final class HashLockKeyCodec implements KeyCodec<HashLockKey> {
    /** The kind byte of a lock. */
    public static final int LOCK = 0;
    /** The kind byte of the expiry index. */
    public static final int EXPIRY = 1;
    /** The kind byte of the owner index. */
    public static final int OWNER = 2;

    @Override
    public byte[] encode(HashLockKey key) {
        if (key instanceof HashLockKey.Lock lock) {
            return tagged(LOCK, lock.hash().bytes());
        }
        if (key instanceof HashLockKey.Expiry expiry) {
            return tagged(EXPIRY, ByteBuffer.allocate(8).putLong(expiry.height().value()).array());
        }
        return tagged(OWNER, ((HashLockKey.Owner) key).owner().bytes());
    }

    @Override
    public HashLockKey decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a hash lock key is not empty");
        }
        int kind = bytes[0] & 0xFF;
        int size = kind == EXPIRY ? 8 : 32;
        if (bytes.length != 1 + size) {
            throw new IllegalArgumentException("a hash lock key of kind " + kind + " has " + (1 + size) + " bytes, not "
                    + bytes.length);
        }
        return switch (kind) {
            case LOCK -> new HashLockKey.Lock(Hash256.of(bytes, 1));
            case EXPIRY -> new HashLockKey.Expiry(new Height(ByteBuffer.wrap(bytes, 1, 8).getLong()));
            case OWNER -> new HashLockKey.Owner(PublicKey.of(bytes, 1));
            default -> throw new IllegalArgumentException("hash lock key kind " + kind + " is unknown");
        };
    }

    private static byte[] tagged(int kind, byte[] field) {
        byte[] out = new byte[1 + field.length];
        out[0] = (byte) kind;
        System.arraycopy(field, 0, out, 1, field.length);
        return out;
    }
}
