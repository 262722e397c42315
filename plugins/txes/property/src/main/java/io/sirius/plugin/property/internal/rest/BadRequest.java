package io.sirius.plugin.property.internal.rest;

/** A route argument that does not parse; the route answers 409 with its message. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
        super(message, null, false, false);
    }
}
