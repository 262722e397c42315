package io.sirius.api;

/**
 * Thrown when the state store or the block store cannot read or write.
 */
public class StorageException extends SiriusException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, phrased so an operator can act on it
     */
    public StorageException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, phrased so an operator can act on it
     * @param cause the underlying fault
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
