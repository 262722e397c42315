package io.sirius.kernel;

import io.sirius.api.model.EntityType;

/**
 * A transaction type as a plugin declared it.
 *
 * @param name the Sirius name, e.g. {@code Transfer}
 * @param type the entity type
 * @param minVersion the oldest version the plugin understands
 * @param maxVersion the newest version the plugin understands
 */
public record TransactionTypeInfo(String name, EntityType type, int minVersion, int maxVersion) {
}
