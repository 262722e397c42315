package io.sirius.state.internal;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Unsigned lexicographic byte order, and the key range of a prefix.
 */
final class Prefixes {
    /** Unsigned lexicographic order, the order of index keys. */
    static final Comparator<byte[]> UNSIGNED = Arrays::compareUnsigned;

    private Prefixes() {
    }

    /**
     * @param prefix a key prefix
     * @return the smallest key greater than every key starting with {@code prefix}, or null if there is none
     */
    static byte[] upperBound(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xFF) {
                byte[] bound = Arrays.copyOf(prefix, i + 1);
                bound[i]++;
                return bound;
            }
        }
        return null;
    }

    /**
     * @param key a key
     * @param prefix a prefix
     * @return whether the key starts with the prefix
     */
    static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * @param name an index name
     * @return the name
     * @throws IllegalArgumentException unless it is lower case letters, digits and _
     */
    static String checkIndexName(String name) {
        // a loop, not String.matches: deltas check the name on every index() call, and matches compiles a pattern
        boolean valid = name != null && !name.isEmpty();
        for (int i = 0; valid && i < name.length(); i++) {
            char c = name.charAt(i);
            valid = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
        }
        if (!valid) {
            throw new IllegalArgumentException("index name '" + name + "' must be lower case letters, digits and _");
        }
        return name;
    }
}
