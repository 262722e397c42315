package io.sirius.api.rest;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Route arguments taken the way js-xpx-chain-rest takes them, throwing {@link InvalidArgumentException} (409
 * {@code InvalidArgument}) with its messages: ids are exactly 16 ASCII hex digits, keys and hashes 64, addresses
 * 40 base32 characters (dashes allowed) or 50 hex digits; bodies are JSON objects; page sizes are clamped to
 * [{@value #MIN_PAGE_SIZE}, {@value #MAX_PAGE_SIZE}] and default to {@value #DEFAULT_PAGE_SIZE}.
 *
 * @since 1.1
 */
public final class RouteArguments {
    /** The smallest page. */
    public static final int MIN_PAGE_SIZE = 10;
    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The page size when none is given. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    private RouteArguments() {
    }

    /**
     * @param text 16 hex digits (a mosaic or namespace id)
     * @param name the argument's name, for the message
     * @return the uint64
     */
    public static long hexId(String text, String name) {
        if (text == null || text.length() != 16 || !isAsciiHex(text)) {
            throw new InvalidArgumentException(name + " has an invalid format");
        }
        return Long.parseUnsignedLong(text, 16);
    }

    /**
     * @param text a decimal uint64 (a height)
     * @param name the argument's name, for the message
     * @return the value
     */
    public static long uint64(String text, String name) {
        if (text == null || text.isEmpty() || text.length() > 20 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidArgumentException(name + " has an invalid format");
        }
        try {
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(name + " has an invalid format");
        }
    }

    /**
     * @param text 64 hex digits
     * @param name the argument's name, for the message
     * @return the public key
     */
    public static PublicKey publicKey(String text, String name) {
        if (text == null || text.length() != 2 * PublicKey.SIZE || !isAsciiHex(text)) {
            throw new InvalidArgumentException(name + " has an invalid format");
        }
        return PublicKey.fromHex(text);
    }

    /**
     * @param text 64 hex digits
     * @param name the argument's name, for the message
     * @return the hash
     */
    public static Hash256 hash(String text, String name) {
        if (text == null || text.length() != 2 * Hash256.SIZE || !isAsciiHex(text)) {
            throw new InvalidArgumentException(name + " has an invalid format");
        }
        return Hash256.fromHex(text);
    }

    /**
     * @param text a base32 address (dashes allowed) or its 50 hex digits
     * @param name the argument's name, for the message
     * @return the address
     */
    public static Address address(String text, String name) {
        try {
            if (text != null && text.length() == 2 * Address.SIZE && isAsciiHex(text)) {
                return Address.fromHex(text);
            }
            return Address.parse(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidArgumentException(name + " has an invalid format");
        }
    }

    /**
     * @param text some text
     * @return whether every character is 0-9, a-f or A-F (Java's digit parsing also takes non-ASCII digits)
     */
    public static boolean isAsciiHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param request a request
     * @return its body as a JSON object
     */
    public static Map<String, Object> body(RouteRequest request) {
        Object json = request.json();
        if (!(json instanceof Map<?, ?> map)) {
            throw new InvalidArgumentException("the body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return object;
    }

    /**
     * @param body a JSON object
     * @param key the key of an array of strings
     * @param max the most elements taken
     * @return the strings
     */
    public static List<String> strings(Map<String, Object> body, String key, int max) {
        if (!(body.get(key) instanceof List<?> values)) {
            throw new InvalidArgumentException(key + " must be an array");
        }
        if (values.size() > max) {
            throw new InvalidArgumentException(key + " holds more than " + max + " elements");
        }
        List<String> out = new ArrayList<>(values.size());
        for (Object value : values) {
            if (!(value instanceof String text)) {
                throw new InvalidArgumentException("element in array " + key + " has an invalid format");
            }
            out.add(text);
        }
        return out;
    }

    /**
     * @param request a request
     * @return its {@code pageSize}, clamped, or the default
     */
    public static int pageSize(RouteRequest request) {
        Optional<String> given = request.queryParameter("pageSize");
        if (given.isEmpty()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            long size = Long.parseLong(given.get());
            return (int) Math.max(MIN_PAGE_SIZE, Math.min(MAX_PAGE_SIZE, size));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("pageSize has an invalid format");
        }
    }
}
