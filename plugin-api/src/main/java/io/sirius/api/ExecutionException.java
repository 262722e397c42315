package io.sirius.api;

/**
 * Thrown when a super-contract or other executed code fails inside its VM.
 */
public class ExecutionException extends SiriusException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, phrased so an operator can act on it
     */
    public ExecutionException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, phrased so an operator can act on it
     * @param cause the underlying fault
     */
    public ExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
