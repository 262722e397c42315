package io.sirius.plugin.namespace.internal.rest;

/**
 * A request argument that cannot be used; routes answer it with 409 {@code InvalidArgument} and its message.
 */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, in js-xpx-chain-rest's words where it has some
     */
    BadRequest(String message) {
        super(message);
    }
}
