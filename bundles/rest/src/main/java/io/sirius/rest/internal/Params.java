package io.sirius.rest.internal;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.Addresses;

/**
 * Path and body values as js-xpx-chain-rest accepts them, with 409 InvalidArgument answers naming what is wrong.
 */
final class Params {

    private Params() {
    }

    static long height(String text) {
        try {
            long value = Long.parseUnsignedLong(text);
            if (value == 0) {
                throw ApiException.invalid("height must be at least 1");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.invalid("height has an invalid format: '" + text + "'");
        }
    }

    static int boundedInt(String text, String name, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw ApiException.invalid(name + " must lie between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name + " has an invalid format: '" + text + "'");
        }
    }

    static Hash256 hash(String text) {
        try {
            return Hash256.fromHex(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("hash has an invalid format: " + e.getMessage());
        }
    }

    /**
     * @param text a base32 address (with or without dashes), a 50-hex address or a 64-hex public key
     * @param network the node's network
     * @return the address
     */
    static Address account(String text, NetworkType network) {
        try {
            if (text.length() == 64) {
                return Addresses.of(PublicKey.fromHex(text), network);
            }
            if (text.length() == 50) {
                return Address.fromHex(text);
            }
            return Address.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("accountId has an invalid format: " + e.getMessage());
        }
    }
}
