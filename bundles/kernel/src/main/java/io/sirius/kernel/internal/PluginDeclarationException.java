package io.sirius.kernel.internal;

/**
 * A plugin declared something the kernel cannot accept; the message says what.
 */
final class PluginDeclarationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    PluginDeclarationException(String message) {
        super(message);
    }
}
