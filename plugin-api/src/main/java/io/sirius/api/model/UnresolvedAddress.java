package io.sirius.api.model;

import java.util.Arrays;

/**
 * An address as a transaction names it (25 bytes): either a plain address, or a namespace alias
 * that the namespace plugin's resolver turns into one.
 *
 * <p>An alias has the low bit of its first byte set (every network byte is even), the namespace id as a
 * little-endian uint64 in bytes 1 to 8, and zero bytes after it.
 */
public final class UnresolvedAddress {
    /** The size in bytes. */
    public static final int SIZE = 25;

    private final byte[] bytes;
    /**
     * The plain address, once {@link #toAddress()} has checked it: a transaction's recipient is resolved by several
     * validators and observers, and each check hashes the bytes for the checksum. Immutable once set, so a race only
     * repeats the check.
     */
    private Address plain;

    private UnresolvedAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes 25 bytes as on the wire; copied. Not validated: validators judge it.
     * @return the value
     */
    public static UnresolvedAddress of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("an unresolved address must be " + SIZE + " bytes, got " + bytes.length);
        }
        return new UnresolvedAddress(bytes.clone());
    }

    /**
     * @param address a plain address, already checked
     * @return its unresolved form, which resolves to it without checking it again
     */
    static UnresolvedAddress of(Address address) {
        UnresolvedAddress out = new UnresolvedAddress(address.bytes());
        out.plain = address;
        return out;
    }

    /**
     * @param network the network the alias belongs to
     * @param namespace the aliasing namespace
     * @return the alias form
     */
    public static UnresolvedAddress alias(NetworkType network, NamespaceId namespace) {
        byte[] out = new byte[SIZE];
        out[0] = (byte) (network.identifier() | 0x01);
        long id = namespace.value();
        for (int i = 0; i < 8; i++) {
            out[1 + i] = (byte) (id >>> (8 * i));
        }
        return new UnresolvedAddress(out);
    }

    /** @return whether this names a namespace alias */
    public boolean isAlias() {
        return (bytes[0] & 0x01) != 0;
    }

    /**
     * @return the aliasing namespace
     * @throws IllegalStateException if this is a plain address
     */
    public NamespaceId namespaceId() {
        if (!isAlias()) {
            throw new IllegalStateException("not an alias: " + Hex.encode(bytes));
        }
        long id = 0;
        for (int i = 7; i >= 0; i--) {
            id = id << 8 | (bytes[1 + i] & 0xFF);
        }
        return new NamespaceId(id);
    }

    /**
     * @return the plain address
     * @throws IllegalArgumentException if this is an alias or not a valid address
     */
    public Address toAddress() {
        if (isAlias()) {
            throw new IllegalArgumentException("an alias of namespace " + namespaceId() + " must be resolved first");
        }
        Address known = plain;
        if (known == null) {
            known = Address.of(bytes);
            plain = known;
        }
        return known;
    }

    /** @return a copy of the 25 bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * @param target the destination
     * @param offset where the first byte goes
     */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, SIZE);
    }

    /** @return 50 upper-case hex characters */
    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnresolvedAddress that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return isAlias() ? "alias:" + namespaceId() : Address.encode(bytes);
    }
}
