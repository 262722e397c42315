package io.sirius.plugin.upgrade.state;

import io.sirius.api.model.Height;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import java.util.Objects;

/**
 * A scheduled upgrade: from {@code height} on, nodes must run at least {@code version}.
 *
 * @param height the height the version becomes required at, also the entry's key
 * @param version the required version
 */
public record BlockchainUpgradeEntry(Height height, BlockchainVersion version) {

    /** Checks for nulls. */
    public BlockchainUpgradeEntry {
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(version, "version");
    }
}
