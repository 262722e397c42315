package io.sirius.plugin.namespace.internal.state;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.KeyCodec;
import io.sirius.plugin.namespace.state.NamespaceKey;
import java.util.Arrays;

/**
 * Namespace cache keys: one kind byte, then the kind's field. Ids and heights are 8 bytes big endian so each kind's
 * rows sort by value as uint64; keys and addresses are their bytes. The kind bytes are
 * {@value #NAMESPACE} namespace, {@value #EXPIRY} expiry height, {@value #OWNER} owner key, {@value #OWNER_ADDRESS}
 * owner address, {@value #ALIASED_ADDRESS} aliased address and {@value #ALIASED_MOSAIC} aliased mosaic.
 */
public final class NamespaceKeyCodec implements KeyCodec<NamespaceKey> {
    /** The kind byte of a namespace row. */
    public static final int NAMESPACE = 1;
    /** The kind byte of an expiry index row. */
    public static final int EXPIRY = 2;
    /** The kind byte of an owner index row. */
    public static final int OWNER = 3;
    /** The kind byte of an owner address row. */
    public static final int OWNER_ADDRESS = 4;
    /** The kind byte of an aliased address index row. */
    public static final int ALIASED_ADDRESS = 5;
    /** The kind byte of an aliased mosaic index row. */
    public static final int ALIASED_MOSAIC = 6;

    @Override
    public byte[] encode(NamespaceKey key) {
        if (key instanceof NamespaceKey.Namespace k) {
            return withKind(NAMESPACE, bigEndian(k.id().value()));
        }
        if (key instanceof NamespaceKey.Expiry k) {
            return withKind(EXPIRY, bigEndian(k.height().value()));
        }
        if (key instanceof NamespaceKey.Owner k) {
            return withKind(OWNER, k.owner().bytes());
        }
        if (key instanceof NamespaceKey.OwnerAddress k) {
            return withKind(OWNER_ADDRESS, k.address().bytes());
        }
        if (key instanceof NamespaceKey.AliasedAddress k) {
            return withKind(ALIASED_ADDRESS, k.address().bytes());
        }
        NamespaceKey.AliasedMosaic k = (NamespaceKey.AliasedMosaic) key;
        return withKind(ALIASED_MOSAIC, bigEndian(k.mosaicId().value()));
    }

    @Override
    public NamespaceKey decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new DecodeException("a namespace cache key has no kind byte");
        }
        byte[] field = Arrays.copyOfRange(bytes, 1, bytes.length);
        switch (bytes[0]) {
            case NAMESPACE:
                return new NamespaceKey.Namespace(new NamespaceId(uint64(field, "namespace id")));
            case EXPIRY:
                return new NamespaceKey.Expiry(new Height(uint64(field, "expiry height")));
            case OWNER:
                return new NamespaceKey.Owner(PublicKey.of(sized(field, PublicKey.SIZE, "owner key")));
            case OWNER_ADDRESS:
                return new NamespaceKey.OwnerAddress(address(field, "owner address"));
            case ALIASED_ADDRESS:
                return new NamespaceKey.AliasedAddress(address(field, "aliased address"));
            case ALIASED_MOSAIC:
                return new NamespaceKey.AliasedMosaic(new MosaicId(uint64(field, "aliased mosaic id")));
            default:
                throw new DecodeException("namespace cache key kind " + (bytes[0] & 0xFF) + " is unknown");
        }
    }

    private static byte[] withKind(int kind, byte[] field) {
        byte[] out = new byte[1 + field.length];
        out[0] = (byte) kind;
        System.arraycopy(field, 0, out, 1, field.length);
        return out;
    }

    private static byte[] bigEndian(long value) {
        byte[] out = new byte[8];
        for (int i = 7; i >= 0; i--) {
            out[i] = (byte) value;
            value >>>= 8;
        }
        return out;
    }

    private static long uint64(byte[] field, String what) {
        long value = 0;
        for (byte b : sized(field, 8, what)) {
            value = value << 8 | (b & 0xFF);
        }
        return value;
    }

    private static Address address(byte[] field, String what) {
        try {
            return Address.of(sized(field, Address.SIZE, what));
        } catch (IllegalArgumentException e) {
            throw new DecodeException("a namespace cache key's " + what + " is not an address: " + e.getMessage());
        }
    }

    private static byte[] sized(byte[] field, int size, String what) {
        if (field.length != size) {
            throw new DecodeException("a namespace cache key's " + what + " is " + size + " bytes, not " + field.length);
        }
        return field;
    }
}
