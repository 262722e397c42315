package io.sirius.api.state;

import java.util.Objects;

/**
 * Declares an index: a plain sorted map of bytes to bytes kept with the state, committed and rolled back with it
 * block by block, but outside every Merkle root, so it never changes a block's StateHash. Plugins keep their own
 * lookups in indexes (mosaics by owner, metadata by target, ...) for REST routes and rules that must list things a
 * cache can only find by key. A plugin declares the indexes it writes with
 * {@link io.sirius.api.plugin.PluginRegistrar#index}; names are unique across plugins, and names starting with
 * {@code core_} are the kernel's (read-only to plugins; see {@link io.sirius.api.account.AccountStateCache#HOLDERS}).
 *
 * <p>An index starts empty: a plugin that adds one to a network with history sees only what blocks applied after it
 * write into it, until the node rebuilds its state from its blocks (README, "Rebuilding the state").
 *
 * @param name a unique name: a lower case letter, then lower case letters, digits and {@code _}, at most 64
 * @since 1.1
 */
public record IndexDescriptor(String name) {

    /** Checks the name. */
    public IndexDescriptor {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("index name '" + name
                    + "' must be a lower case letter then up to 63 lower case letters, digits and _");
        }
    }

    /** @return whether the kernel owns this index */
    public boolean isCore() {
        return name.startsWith("core_");
    }
}
