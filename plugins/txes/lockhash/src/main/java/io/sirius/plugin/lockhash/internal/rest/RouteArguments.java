package io.sirius.plugin.lockhash.internal.rest;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.RouteRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses route arguments the way js-xpx-chain-rest does, throwing {@link BadRequest} with its messages: hashes are 64
 * ASCII hex digits; an account is a 64-hex public key or a 40-character base32 address; page sizes are clamped to
 * [{@value #MIN_PAGE_SIZE}, {@value #MAX_PAGE_SIZE}] and default to {@value #DEFAULT_PAGE_SIZE}.
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
     * @param text 64 hex digits
     * @param name the argument's name, for the message
     * @return the hash
     */
    static Hash256 hash(String text, String name) {
        if (text == null || text.length() != 2 * Hash256.SIZE || !isAsciiHex(text)) {
            throw new BadRequest(name + " has an invalid format");
        }
        return Hash256.fromHex(text);
    }

    /**
     * @param text a public key (64 hex) or an address (base32, with or without dashes)
     * @param name the argument's name, for the message
     * @return the key or the address
     */
    static AccountId accountId(String text, String name) {
        if (text != null && text.length() == 2 * PublicKey.SIZE) {
            if (!isAsciiHex(text)) {
                throw new BadRequest(name + " has an invalid format");
            }
            return new AccountId(Optional.of(PublicKey.fromHex(text)), Optional.empty());
        }
        try {
            return new AccountId(Optional.empty(), Optional.of(Address.parse(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequest(name + " has an invalid format");
        }
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
     * @return its {@code id}, the {@code meta.id} (aggregate hash) of the last lock of the previous page, if given
     */
    static Optional<Hash256> pageAfter(RouteRequest request) {
        return request.queryParameter("id").map(id -> hash(id.toUpperCase(Locale.ROOT), "id"));
    }

    private static boolean isAsciiHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
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
