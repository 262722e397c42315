package io.sirius.kernel.config;

import io.sirius.api.model.Height;
import java.util.Objects;

/**
 * A network configuration as the NetworkConfig cache keeps it: the height it takes effect at and its two texts.
 *
 * @param height the first height it applies to
 * @param text the config-network properties
 * @param supportedEntitiesJson the supported-entities JSON
 */
public record NetworkConfigEntry(Height height, String text, String supportedEntitiesJson) {

    /** Checks for nulls. */
    public NetworkConfigEntry {
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(supportedEntitiesJson, "supportedEntitiesJson");
    }

    /** @return the parsed configuration */
    public NetworkConfiguration parse() {
        return NetworkConfiguration.parse(text, supportedEntitiesJson);
    }
}
