package io.sirius.api.config;

import io.sirius.api.SiriusException;

/**
 * Thrown when a config section is missing a key or holds a value that cannot be parsed or is out of range.
 * The message names the section and the key.
 */
public class ConfigException extends SiriusException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the section and key
     */
    public ConfigException(String message) {
        super(message);
    }
}
