package io.sirius.api;

/**
 * The root of the unchecked exceptions the kernel and plugins throw for infrastructure faults.
 *
 * <p>A failed business rule is a {@link io.sirius.api.result.ResultCode}, never an exception.
 */
public class SiriusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message for the operator.
     *
     * @param message what went wrong, phrased so an operator can act on it
     */
    public SiriusException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the fault that caused it.
     *
     * @param message what went wrong, phrased so an operator can act on it
     * @param cause the underlying fault
     */
    public SiriusException(String message, Throwable cause) {
        super(message, cause);
    }
}
