package io.sirius.state.internal;

import java.util.Arrays;

/**
 * A byte array as a hash-map key (content equality, cached hash). The array must not change.
 */
final class ByteKey {
    final byte[] bytes;
    private final int hash;

    ByteKey(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ByteKey that && hash == that.hash && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
