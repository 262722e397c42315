package io.sirius.plugin.metadata.state;

import io.sirius.api.model.Hash256;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.plugin.metadata.internal.state.CompositeHashKeyCodec;
import io.sirius.plugin.metadata.internal.state.MetadataEntrySerializer;

/**
 * The Metadata_v2 cache: the metadata_v2 plugin declares and owns it.
 *
 * <p>Key: the entry's composite hash, its 32 bytes. Entry layout 1: Sirius's own serialized entry, {@code version u32 |
 * sourceAddress 25 | targetKey 32 | scopedMetadataKey u64 | targetId u64 | metadataType u8 | valueSize u16 | value |
 * [isValueImmutable u8, when version is 2]} (see {@link MetadataEntrySerializer}).
 */
public final class MetadataCache {
    /** The cache's name. */
    public static final String NAME = "metadata_v2";
    /** Its position in Sirius's CacheId order (Metadata_v2). */
    public static final int CACHE_ID = 20;
    /** The descriptor. */
    public static final CacheDescriptor<Hash256, MetadataEntry> DESCRIPTOR =
            new CacheDescriptor<>(NAME, CACHE_ID, new CompositeHashKeyCodec(), new MetadataEntrySerializer());

    private MetadataCache() {
    }
}
