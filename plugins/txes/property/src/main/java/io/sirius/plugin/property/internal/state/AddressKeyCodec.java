package io.sirius.plugin.property.internal.state;

import io.sirius.api.model.Address;
import io.sirius.api.state.KeyCodec;

/**
 * The Property cache's key: the account's address, its 25 bytes.
 */
public final class AddressKeyCodec implements KeyCodec<Address> {

    @Override
    public byte[] encode(Address key) {
        return key.bytes();
    }

    @Override
    public Address decode(byte[] bytes) {
        return Address.of(bytes);
    }
}
