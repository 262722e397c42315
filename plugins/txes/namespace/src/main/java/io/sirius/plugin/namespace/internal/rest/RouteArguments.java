package io.sirius.plugin.namespace.internal.rest;

import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.RouteRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses route arguments the way js-xpx-chain-rest does, throwing {@link BadRequest} with its messages: ids are
 * exactly 16 ASCII hex digits; an account is a 64-hex public key or a 40-character base32 address; bodies are JSON objects
 * holding one array of such values; page sizes are clamped to [{@value #MIN_PAGE_SIZE}, {@value #MAX_PAGE_SIZE}] and
 * default to {@value #DEFAULT_PAGE_SIZE} (its {@code rest.json}).
 */
final class RouteArguments {
    /** The smallest page. */
    static final int MIN_PAGE_SIZE = 10;
    /** The largest page. */
    static final int MAX_PAGE_SIZE = 100;
    /** The page size when none is given. */
    static final int DEFAULT_PAGE_SIZE = 20;

    private RouteArguments() {
    }

    /**
     * @param text 16 hex digits
     * @param name the argument's name, for the message
     * @return the uint64
     */
    static long uint64(String text, String name) {
        if (text == null || text.length() != 16 || !isAsciiHex(text)) {
            throw new BadRequest(name + " has an invalid format");
        }
        return Long.parseUnsignedLong(text, 16);
    }

    /**
     * @param text a public key (64 hex) or an address (base32, with or without dashes)
     * @param name the argument's name, for the message
     * @return the public key or the address
     */
    static AccountId accountId(String text, String name) {
        if (text != null && text.length() == 2 * PublicKey.SIZE) {
            return new AccountId(Optional.of(publicKey(text, name)), Optional.empty());
        }
        return new AccountId(Optional.empty(), Optional.of(address(text, name)));
    }

    /**
     * @param text 64 hex digits
     * @param name the argument's name, for the message
     * @return the public key
     */
    static PublicKey publicKey(String text, String name) {
        if (text == null || text.length() != 2 * PublicKey.SIZE || !isAsciiHex(text)) {
            throw new BadRequest(name + " has an invalid format");
        }
        return PublicKey.fromHex(text);
    }

    /**
     * Java's digit parsing also takes non-ASCII digits (fullwidth, Arabic-Indic, ...); ids and keys are ASCII.
     *
     * @param text some text
     * @return whether every character is 0-9, a-f or A-F
     */
    static boolean isAsciiHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param text a base32 address
     * @param name the argument's name, for the message
     * @return the address
     */
    static Address address(String text, String name) {
        try {
            return Address.parse(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequest(name + " has an invalid format");
        }
    }

    /**
     * @param request the request
     * @return the JSON object of its body
     */
    static Map<String, Object> body(RouteRequest request) {
        Object json;
        try {
            json = JsonReader.read(request.body());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        if (!(json instanceof Map<?, ?> map)) {
            throw new BadRequest("the body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return object;
    }

    /**
     * @param body a JSON object
     * @param key the key of an array of strings
     * @return the strings
     */
    static List<String> strings(Map<String, Object> body, String key) {
        if (!(body.get(key) instanceof List<?> values)) {
            throw new BadRequest(key + " must be an array");
        }
        List<String> out = new ArrayList<>(values.size());
        for (Object value : values) {
            if (!(value instanceof String text)) {
                throw new BadRequest("element in array " + key + " has an invalid format");
            }
            out.add(text);
        }
        return out;
    }

    /**
     * @param request the request
     * @return its {@code pageSize}, clamped, or the default
     */
    static int pageSize(RouteRequest request) {
        Optional<String> given = request.queryParameter("pageSize");
        if (given.isEmpty()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            long size = Long.parseLong(given.get());
            return (int) Math.max(MIN_PAGE_SIZE, Math.min(MAX_PAGE_SIZE, size));
        } catch (NumberFormatException e) {
            throw new BadRequest("pageSize has an invalid format");
        }
    }

    /**
     * @param request the request
     * @return its {@code id} (the {@code meta.id} of the last namespace of the previous page), if given
     */
    static Optional<String> pageAfter(RouteRequest request) {
        Optional<String> given = request.queryParameter("id");
        given.ifPresent(id -> uint64(id, "id"));
        return given.map(id -> id.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * An account as a route names it: by public key or by address.
     *
     * @param publicKey the key, if given as one
     * @param address the address, if given as one
     */
    record AccountId(Optional<PublicKey> publicKey, Optional<Address> address) {
    }
}
