package io.sirius.plugin.upgrade.internal.state;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Height;
import io.sirius.api.state.KeyCodec;

/**
 * Heights as 8 big-endian bytes: the store orders keys by their bytes, unsigned, so this orders them by height
 * (as uint64).
 */
public final class HeightKeyCodec implements KeyCodec<Height> {
    private static final int SIZE = 8;

    @Override
    public byte[] encode(Height key) {
        byte[] out = new byte[SIZE];
        long value = key.value();
        for (int i = SIZE - 1; i >= 0; i--) {
            out[i] = (byte) value;
            value >>>= 8;
        }
        return out;
    }

    @Override
    public Height decode(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new DecodeException("a blockchain upgrade key is " + SIZE + " bytes, not " + bytes.length);
        }
        long value = 0;
        for (byte b : bytes) {
            value = value << 8 | (b & 0xFF);
        }
        return new Height(value);
    }
}
