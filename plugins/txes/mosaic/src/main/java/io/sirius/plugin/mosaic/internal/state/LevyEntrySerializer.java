package io.sirius.plugin.mosaic.internal.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.state.EntrySerializer;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.LevyHistoryItem;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The levy entry, version 1, little endian: {@code mosaicId u64 | levy? | historyCount u32 | (height u64 | levy?) x
 * historyCount}, where {@code levy?} is a flag byte (0 or 1) followed, if 1, by {@code type u8 | recipient 25 |
 * mosaicId u64 | fee u64}. See {@link io.sirius.plugin.mosaic.model.LevyCache} for how it differs from Sirius's.
 */
public final class LevyEntrySerializer implements EntrySerializer<LevyEntry> {
    /** The version {@link #write} produces. */
    public static final int VERSION = 1;
    /** The smallest encoded history item: a height and an absent-levy flag. */
    private static final int MIN_HISTORY_ITEM_SIZE = 9;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(LevyEntry entry, BinaryWriter out) {
        out.writeI64(entry.mosaicId().value());
        writeLevy(entry.levy(), out);
        out.writeI32(entry.history().size());
        for (LevyHistoryItem item : entry.history()) {
            out.writeI64(item.height().value());
            writeLevy(item.previous(), out);
        }
    }

    @Override
    public LevyEntry read(BinaryReader in, int version) {
        if (version != VERSION) {
            throw new DecodeException("levy entry version " + version + " is unknown");
        }
        MosaicId id = new MosaicId(in.readI64("mosaicId"));
        Optional<MosaicLevy> levy = readLevy(in, "levy");
        int count = in.checkCount(in.readSize32("historyCount"), MIN_HISTORY_ITEM_SIZE, "history");
        List<LevyHistoryItem> history = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Height height = new Height(in.readI64("history height"));
            history.add(new LevyHistoryItem(height, readLevy(in, "history levy")));
        }
        return new LevyEntry(id, levy, history);
    }

    private static void writeLevy(Optional<MosaicLevy> levy, BinaryWriter out) {
        out.writeU8(levy.isPresent() ? 1 : 0);
        levy.ifPresent(l -> out.writeU8(l.type().code()).writeBytes(l.recipient().bytes()).writeI64(l.mosaicId().value())
                .writeI64(l.fee().value()));
    }

    private static Optional<MosaicLevy> readLevy(BinaryReader in, String field) {
        int flag = in.readU8(field + " flag");
        if (flag == 0) {
            return Optional.empty();
        }
        if (flag != 1) {
            throw new DecodeException(field + " flag is " + flag + ", not 0 or 1");
        }
        int code = in.readU8(field + " type");
        LevyType type = LevyType.fromCode(code).filter(t -> t != LevyType.NONE)
                .orElseThrow(() -> new DecodeException(field + " type " + code + " is not absolute or percentile"));
        Address recipient;
        try {
            recipient = Address.of(in.readBytes(Address.SIZE, field + " recipient"));
        } catch (IllegalArgumentException e) {
            throw new DecodeException(field + " recipient: " + e.getMessage());
        }
        MosaicId mosaicId = new MosaicId(in.readI64(field + " mosaicId"));
        return Optional.of(new MosaicLevy(type, recipient, mosaicId, new Amount(in.readI64(field + " fee"))));
    }
}
