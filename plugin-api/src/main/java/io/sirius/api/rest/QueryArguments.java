package io.sirius.api.rest;

import java.util.Optional;

/**
 * Query parameters taken the way js-xpx-chain-rest's {@code routeUtils} takes them, for the routes that page: a
 * parameter given empty counts as absent ({@code params.x ? ... : undefined}); unsigned integers are its
 * {@code convert.tryParseUint} (ASCII digits, no leading zero, at most 2^53 - 1); booleans are exactly {@code true}
 * or {@code false}. Bad values throw the API's {@link InvalidArgumentException} with js-xpx-chain-rest's messages.
 * Search routes read their paging with {@link SearchPaging}, which is built on these.
 *
 * @since 1.1
 */
public final class QueryArguments {
    /** The largest unsigned integer js-xpx-chain-rest parses (Number.MAX_SAFE_INTEGER). */
    public static final long MAX_UINT = (1L << 53) - 1;

    private QueryArguments() {
    }

    /**
     * @param request a request
     * @param name a query parameter
     * @return its value, unless absent or empty
     */
    public static Optional<String> given(RouteRequest request, String name) {
        return request.queryParameter(name).filter(text -> !text.isEmpty());
    }

    /**
     * @param text some text
     * @return its value as js-xpx-chain-rest's {@code tryParseUint} reads it, or -1 if it reads none
     */
    public static long tryParseUint(String text) {
        if (text.equals("0")) {
            return 0;
        }
        if (text.isEmpty() || text.length() > 16 || text.charAt(0) == '0') {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_UINT ? value : -1;
    }

    /**
     * @param request a request
     * @param name a query parameter holding an unsigned integer
     * @return its value, unless absent or empty
     * @throws InvalidArgumentException {@code <name> is not a valid unsigned integer}, as js-xpx-chain-rest words it
     *     for paging arguments
     */
    public static Optional<Long> uint(RouteRequest request, String name) {
        Optional<String> text = given(request, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        long value = tryParseUint(text.get());
        if (value < 0) {
            throw new InvalidArgumentException(name + " is not a valid unsigned integer");
        }
        return Optional.of(value);
    }

    /**
     * @param text {@code true} or {@code false}
     * @param name the parameter's name, for the message
     * @return the value
     * @throws InvalidArgumentException {@code <name> has an invalid format} for anything else
     */
    public static boolean bool(String text, String name) {
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw new InvalidArgumentException(name + " has an invalid format");
    }
}
