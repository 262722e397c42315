package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.MosaicId;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.KeyCodec;
import io.sirius.plugin.mosaic.internal.state.MosaicEntrySerializer;

/**
 * The Mosaic cache, owned by the mosaic plugin: every defined mosaic by id, expired ones included (a mosaic is never
 * removed: it can be redefined, and its owner's balances keep naming it).
 *
 * <p>Key: the mosaic id as 8 big-endian bytes, so the store and the Merkle tree order entries by id and the key does
 * not depend on the height. Entry version 1, little endian, the fields Sirius's serializer writes after its version:
 * {@code mosaicId u64 | supply u64 | height u64 | owner 32 | revision u32 | flags u64 | divisibility u64 |
 * duration u64}.
 */
public final class MosaicCache {
    /** The cache's name. */
    public static final String NAME = "mosaic";
    /** Its position in Sirius's CacheId order (Mosaic). */
    public static final int CACHE_ID = 6;
    /** The descriptor: read mosaics with {@code context.state().cache(MosaicCache.DESCRIPTOR)}. */
    public static final CacheDescriptor<MosaicId, MosaicEntry> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, KeyCodec.uint64("a mosaic id key", MosaicId::value, MosaicId::new), new MosaicEntrySerializer());

    private MosaicCache() {
    }
}
