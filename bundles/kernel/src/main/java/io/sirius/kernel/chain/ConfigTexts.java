package io.sirius.kernel.chain;

/**
 * A network configuration as the chain holds it.
 *
 * @param height the height from which it applies
 * @param text its config-network properties
 * @param supportedEntitiesJson its supported entities
 */
public record ConfigTexts(long height, String text, String supportedEntitiesJson) {
}
