package io.sirius.plugin.upgrade.state;

import io.sirius.api.model.Height;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.KeyCodec;
import io.sirius.plugin.upgrade.internal.state.BlockchainUpgradeEntrySerializer;

/**
 * The BlockchainUpgrade cache: the upgrade plugin declares and owns it.
 *
 * <p>Key: the height as 8 big-endian bytes, so keys sort by height. Entry version 1: {@code height u64 |
 * blockChainVersion u64} (little endian, as Sirius's serializer writes them after its version field).
 */
public final class BlockchainUpgradeCache {
    /** The cache's name. */
    public static final String NAME = "blockchain_upgrade";
    /** Its position in Sirius's CacheId order (BlockchainUpgrade). */
    public static final int CACHE_ID = 13;
    /** The descriptor. */
    public static final CacheDescriptor<Height, BlockchainUpgradeEntry> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, KeyCodec.uint64("a blockchain upgrade key", Height::value, Height::new), new BlockchainUpgradeEntrySerializer());

    private BlockchainUpgradeCache() {
    }
}
