package io.sirius.api.codec;

import io.sirius.api.SiriusException;

/**
 * Thrown when bytes from the wire cannot be decoded: truncated input, a size field that disagrees with
 * the data, an unknown type or an absurd element count.
 *
 * <p>The message names the field and the offset, so a client can tell what is wrong with its payload.
 */
public class DecodeException extends SiriusException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the input, naming the field
     */
    public DecodeException(String message) {
        super(message);
    }
}
