package io.sirius.api.model;

/**
 * Upper-case hexadecimal, the form Sirius uses for keys, hashes and payloads.
 */
public final class Hex {
    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    /**
     * @param bytes any bytes
     * @return upper-case hex, two characters per byte
     */
    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * Decodes hex of either case.
     *
     * @param hex the text
     * @return the bytes
     * @throws IllegalArgumentException naming the first bad character, or an odd length
     */
    public static byte[] decode(String hex) {
        if ((hex.length() & 1) != 0) {
            throw new IllegalArgumentException("hex text has an odd length " + hex.length());
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (digit(hex, 2 * i) << 4 | digit(hex, 2 * i + 1));
        }
        return out;
    }

    /**
     * Decodes hex that must encode exactly {@code length} bytes.
     *
     * @param hex the text
     * @param length the expected number of bytes
     * @param what what the value is, for the error message
     * @return the bytes
     * @throws IllegalArgumentException if the text is not hex or has the wrong length
     */
    public static byte[] decode(String hex, int length, String what) {
        if (hex == null || hex.length() != 2 * length) {
            throw new IllegalArgumentException(what + " must be " + 2 * length + " hex characters, got "
                    + (hex == null ? "nothing" : hex.length()));
        }
        try {
            return decode(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    private static int digit(String hex, int index) {
        int d = Character.digit(hex.charAt(index), 16);
        if (d < 0) {
            throw new IllegalArgumentException("'" + hex.charAt(index) + "' at position " + index + " is not a hex digit");
        }
        return d;
    }
}
