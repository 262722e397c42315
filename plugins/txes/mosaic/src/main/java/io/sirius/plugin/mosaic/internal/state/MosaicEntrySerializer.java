package io.sirius.plugin.mosaic.internal.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.EntrySerializer;
import io.sirius.plugin.mosaic.model.MosaicDefinition;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicProperties;

/**
 * The mosaic entry, version 1: {@code mosaicId u64 | supply u64 | height u64 | owner 32 | revision u32 | flags u64 |
 * divisibility u64 | duration u64}, little endian: the fields Sirius's {@code MosaicEntrySerializer} writes after its
 * u32 version (the kernel stores the version beside the bytes).
 */
public final class MosaicEntrySerializer implements EntrySerializer<MosaicEntry> {
    /** The version {@link #write} produces. */
    public static final int VERSION = 1;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(MosaicEntry entry, BinaryWriter out) {
        MosaicDefinition definition = entry.definition();
        out.writeI64(entry.mosaicId().value()).writeI64(entry.supply().value());
        out.writeI64(definition.height().value()).writeBytes(definition.owner().bytes()).writeI32(definition.revision());
        for (long value : definition.properties().values()) {
            out.writeI64(value);
        }
    }

    @Override
    public MosaicEntry read(BinaryReader in, int version) {
        if (version != VERSION) {
            throw new DecodeException("mosaic entry version " + version + " is unknown");
        }
        MosaicId id = new MosaicId(in.readI64("mosaicId"));
        Amount supply = new Amount(in.readI64("supply"));
        Height height = new Height(in.readI64("height"));
        PublicKey owner = PublicKey.of(in.readBytes(PublicKey.SIZE, "owner"));
        int revision = in.readI32("revision");
        long flags = in.readI64("flags");
        long divisibility = in.readI64("divisibility");
        BlockDuration duration = new BlockDuration(in.readI64("duration"));
        return new MosaicEntry(id, supply,
                new MosaicDefinition(height, owner, revision, new MosaicProperties(flags, divisibility, duration)));
    }
}
