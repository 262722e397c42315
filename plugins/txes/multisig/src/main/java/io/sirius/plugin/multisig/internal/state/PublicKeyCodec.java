package io.sirius.plugin.multisig.internal.state;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.KeyCodec;

/**
 * Multisig cache keys: the account's 32 key bytes, so rows sort by key as Sirius's sorted key sets do.
 */
public final class PublicKeyCodec implements KeyCodec<PublicKey> {

    @Override
    public byte[] encode(PublicKey key) {
        return key.bytes();
    }

    @Override
    public PublicKey decode(byte[] bytes) {
        if (bytes.length != PublicKey.SIZE) {
            throw new DecodeException("a multisig cache key is " + PublicKey.SIZE + " bytes, not " + bytes.length);
        }
        return PublicKey.of(bytes);
    }
}
