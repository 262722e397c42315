package io.sirius.api.rest;

/**
 * A request argument (path, query or body) a route cannot take. The REST bundle answers it with 409
 * {@code InvalidArgument} and this message, as js-xpx-chain-rest does; a route may throw it from anywhere.
 *
 * @since 1.1
 */
public class InvalidArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, for the client
     */
    public InvalidArgumentException(String message) {
        super(message);
    }
}
