package io.sirius.api.rest;

/**
 * A uint64 in a REST response, written as the JSON array {@code [low32, high32]} the SDK expects.
 *
 * @param value the raw uint64
 */
public record Uint64(long value) {

    /** @return the low 32 bits, unsigned */
    public long low() {
        return value & 0xFFFFFFFFL;
    }

    /** @return the high 32 bits, unsigned */
    public long high() {
        return value >>> 32;
    }
}
