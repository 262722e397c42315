package io.sirius.plugin.metadata.internal.state;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hash256;
import io.sirius.api.state.KeyCodec;

/**
 * Composite hashes as their 32 bytes, as Sirius keys its metadata cache and Patricia tree.
 */
public final class CompositeHashKeyCodec implements KeyCodec<Hash256> {

    @Override
    public byte[] encode(Hash256 key) {
        return key.bytes();
    }

    @Override
    public Hash256 decode(byte[] bytes) {
        if (bytes.length != Hash256.SIZE) {
            throw new DecodeException("a metadata key is " + Hash256.SIZE + " bytes, not " + bytes.length);
        }
        return Hash256.of(bytes);
    }
}
