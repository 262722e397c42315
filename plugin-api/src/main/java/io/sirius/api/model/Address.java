package io.sirius.api.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A resolved account address: 25 bytes = network byte, RIPEMD-160 of SHA3-256 of the public key, and a
 * 4-byte checksum; written as 40 characters of RFC 4648 base32.
 *
 * <p>Deriving an address from a public key needs RIPEMD-160 and is done by the crypto bundle; parsing
 * and validating an address needs only SHA3-256 and is done here.
 */
public final class Address {
    /** The size in bytes. */
    public static final int SIZE = 25;
    /** The length of the base32 form. */
    public static final int ENCODED_LENGTH = 40;

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final byte[] bytes;

    private Address(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Wraps 25 decoded bytes after checking the network byte and the checksum.
     *
     * @param bytes the decoded address; copied
     * @return the address
     * @throws IllegalArgumentException if the length, network byte or checksum is wrong
     */
    public static Address of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("an address must be " + SIZE + " bytes, got " + bytes.length);
        }
        NetworkType.fromIdentifier(bytes[0]);
        byte[] copy = bytes.clone();
        byte[] checksum = checksum(copy);
        if (!Arrays.equals(checksum, 0, 4, copy, 21, 25)) {
            throw new IllegalArgumentException("address " + encode(copy) + " has a wrong checksum");
        }
        return new Address(copy);
    }

    /**
     * Builds an address from its network byte and the 20-byte RIPEMD-160 of the SHA3-256 of a public key,
     * computing the checksum.
     *
     * @param network the network
     * @param publicKeyHash the 20-byte key hash
     * @return the address
     */
    public static Address fromPublicKeyHash(NetworkType network, byte[] publicKeyHash) {
        if (publicKeyHash.length != 20) {
            throw new IllegalArgumentException("a public key hash must be 20 bytes, got " + publicKeyHash.length);
        }
        byte[] out = new byte[SIZE];
        out[0] = (byte) network.identifier();
        System.arraycopy(publicKeyHash, 0, out, 1, 20);
        System.arraycopy(checksum(out), 0, out, 21, 4);
        return new Address(out);
    }

    /**
     * Parses the base32 form, with or without the dashes of the "pretty" form, in either case.
     *
     * @param text 40 base32 characters (46 with dashes)
     * @return the address
     * @throws IllegalArgumentException saying what is wrong
     */
    public static Address parse(String text) {
        String plain = text.trim().replace("-", "").toUpperCase(java.util.Locale.ROOT);
        if (plain.length() != ENCODED_LENGTH) {
            throw new IllegalArgumentException("an address has " + ENCODED_LENGTH + " base32 characters, '"
                    + text + "' has " + plain.length());
        }
        return of(decode(plain));
    }

    /**
     * Parses the 50-character hex form REST uses.
     *
     * @param hex 50 hex characters
     * @return the address
     */
    public static Address fromHex(String hex) {
        return of(Hex.decode(hex, SIZE, "an address"));
    }

    /** @return the network of this address */
    public NetworkType network() {
        return NetworkType.fromIdentifier(bytes[0]);
    }

    /** @return a copy of the 25 bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Copies the 25 bytes into an array.
     *
     * @param target the destination
     * @param offset where the first byte goes
     */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, SIZE);
    }

    /** @return this address as a transaction recipient (not an alias) */
    public UnresolvedAddress toUnresolved() {
        return UnresolvedAddress.of(this);
    }

    /** @return the 40-character base32 form */
    public String plain() {
        return encode(bytes);
    }

    /** @return the base32 form in groups of six separated by dashes */
    public String pretty() {
        String plain = plain();
        StringBuilder out = new StringBuilder(ENCODED_LENGTH + 6);
        for (int i = 0; i < plain.length(); i += 6) {
            if (i > 0) {
                out.append('-');
            }
            out.append(plain, i, Math.min(plain.length(), i + 6));
        }
        return out.toString();
    }

    /** @return 50 upper-case hex characters */
    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Address that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return plain();
    }

    private static byte[] checksum(byte[] address) {
        try {
            MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
            sha3.update(address, 0, 21);
            return sha3.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA3-256", e);
        }
    }

    static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = buffer << 8 | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 0x1F));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1F));
        }
        return out.toString();
    }

    static byte[] decode(String text) {
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + text.charAt(i) + "' at position " + i
                        + " is not a base32 character (A-Z, 2-7)");
            }
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
