package io.sirius.plugin.upgrade.internal.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Height;
import io.sirius.api.state.EntrySerializer;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeEntry;

/**
 * The BlockchainUpgrade entry, version 1: {@code height u64 | blockChainVersion u64}, little endian. The kernel
 * stores the version beside the bytes; Sirius writes the same two fields after a u32 version.
 */
public final class BlockchainUpgradeEntrySerializer implements EntrySerializer<BlockchainUpgradeEntry> {
    /** The version {@link #write} produces. */
    public static final int VERSION = 1;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(BlockchainUpgradeEntry entry, BinaryWriter out) {
        out.writeI64(entry.height().value());
        out.writeI64(entry.version().value());
    }

    @Override
    public BlockchainUpgradeEntry read(BinaryReader in, int version) {
        if (version != VERSION) {
            throw new DecodeException("blockchain upgrade entry version " + version + " is unknown");
        }
        Height height = new Height(in.readI64("height"));
        return new BlockchainUpgradeEntry(height, new BlockchainVersion(in.readI64("blockChainVersion")));
    }
}
