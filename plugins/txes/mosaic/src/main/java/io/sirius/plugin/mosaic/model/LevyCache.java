package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.MosaicId;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.KeyCodec;
import io.sirius.plugin.mosaic.internal.state.LevyEntrySerializer;

/**
 * The MosaicLevy cache, owned by the mosaic plugin: the levy of each levied mosaic, with its change history.
 *
 * <p>Key: the levied mosaic's id as 8 big-endian bytes. Entry version 1, little endian, the fields of Sirius's levy
 * serializer after its version, with a u32 history count (Sirius writes u16; the history here is never pruned):
 * {@code mosaicId u64 | hasLevy u8 [| levy] | historyCount u32 | (height u64 | hasLevy u8 [| levy]) x historyCount},
 * where a levy is {@code type u8 | recipient 25 | mosaicId u64 | fee u64}. Sirius writes an absent previous levy as a
 * zero levy of type None; the flag byte says the same without a fake address.
 */
public final class LevyCache {
    /** The cache's name. */
    public static final String NAME = "mosaic_levy";
    /** Its position in Sirius's CacheId order (MosaicLevy). */
    public static final int CACHE_ID = 19;
    /** The descriptor: read levies with {@code context.state().cache(LevyCache.DESCRIPTOR)}. */
    public static final CacheDescriptor<MosaicId, LevyEntry> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, KeyCodec.uint64("a levy key", MosaicId::value, MosaicId::new), new LevyEntrySerializer());

    private LevyCache() {
    }
}
