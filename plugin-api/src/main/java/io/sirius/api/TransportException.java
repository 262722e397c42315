package io.sirius.api;

/**
 * Thrown when node-to-node or client transport fails.
 */
public class TransportException extends SiriusException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, phrased so an operator can act on it
     */
    public TransportException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, phrased so an operator can act on it
     * @param cause the underlying fault
     */
    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
