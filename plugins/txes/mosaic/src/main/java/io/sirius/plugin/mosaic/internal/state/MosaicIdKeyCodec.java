package io.sirius.plugin.mosaic.internal.state;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.MosaicId;
import io.sirius.api.state.KeyCodec;

/**
 * Mosaic ids as 8 big-endian bytes: the store orders keys by their unsigned bytes, so this orders them by id (as
 * uint64). The key is the id alone, independent of heights, so an entry keeps its place in the Merkle tree for life.
 */
public final class MosaicIdKeyCodec implements KeyCodec<MosaicId> {
    /** The size of a key. */
    public static final int SIZE = 8;

    @Override
    public byte[] encode(MosaicId key) {
        byte[] out = new byte[SIZE];
        long value = key.value();
        for (int i = SIZE - 1; i >= 0; i--) {
            out[i] = (byte) value;
            value >>>= 8;
        }
        return out;
    }

    @Override
    public MosaicId decode(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new DecodeException("a mosaic id key is " + SIZE + " bytes, not " + bytes.length);
        }
        long value = 0;
        for (byte b : bytes) {
            value = value << 8 | (b & 0xFF);
        }
        return new MosaicId(value);
    }
}
